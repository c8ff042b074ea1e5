using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>The answer of <c>POST /chat/completions</c> without streaming.</summary>
public sealed class ChatCompletion
{
    /// <summary>The generation id (usable with <c>/generation</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Always <c>chat.completion</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>Unix time in seconds.</summary>
    [JsonPropertyName("created")]
    public long? Created { get; set; }

    /// <summary>The model that actually served, often a dated slug: don't compare it to the request by equality.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The upstream provider's display name, for example <c>OpenAI</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The upstream system fingerprint, when given.</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; set; }

    /// <summary>The choices; OpenRouter returns one.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChoice>? Choices { get; set; }

    /// <summary>Tokens and cost.</summary>
    [JsonPropertyName("usage")]
    public CompletionUsage? Usage { get; set; }

    /// <summary>An error reported in a 200 response body instead of choices.</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; set; }

    /// <summary>Fields with no property here (for example <c>openrouter_metadata</c>); kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
