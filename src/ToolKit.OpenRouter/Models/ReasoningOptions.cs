using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>The <c>reasoning</c> object: how much the model thinks, and whether the reasoning is returned.</summary>
public sealed class ReasoningOptions
{
    /// <summary><c>xhigh</c>, <c>high</c>, <c>medium</c>, <c>low</c>, <c>minimal</c> or <c>none</c> (OpenAI-style models).</summary>
    [JsonPropertyName("effort")]
    public string? Effort { get; set; }

    /// <summary>A reasoning token budget (Anthropic- and Gemini-style models).</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; set; }

    /// <summary>Reason, but leave the reasoning out of the response.</summary>
    [JsonPropertyName("exclude")]
    public bool? Exclude { get; set; }

    /// <summary>Turn reasoning on with default settings.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Reasoning summary verbosity: <c>auto</c>, <c>concise</c> or <c>detailed</c>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    /// <summary>Fields with no property here; sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
