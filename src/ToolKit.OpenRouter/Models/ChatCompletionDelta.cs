using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>The <c>delta</c> of a streamed choice: the new text, reasoning and tool-call fragments.</summary>
public sealed class ChatCompletionDelta
{
    /// <summary><c>assistant</c>, usually on the first chunk only.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>New answer text.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>New reasoning text.</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; set; }

    /// <summary>Reasoning blocks of this chunk, kept as received.</summary>
    [JsonPropertyName("reasoning_details")]
    public JsonElement? ReasoningDetails { get; set; }

    /// <summary>Tool-call fragments, merged by <see cref="ChatCompletionToolCall.Index"/>.</summary>
    [JsonPropertyName("tool_calls")]
    public IReadOnlyList<ChatCompletionToolCall>? ToolCalls { get; set; }

    /// <summary>New refusal text.</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
