using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// One <c>data:</c> event of a streamed completion. The last chunks carry the finish reason and the usage (often in a
/// chunk whose <see cref="Choices"/> is empty); a chunk with <see cref="Error"/> ends the stream with an error.
/// </summary>
public sealed class ChatCompletionChunk
{
    /// <summary>The generation id, the same on every chunk.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Always <c>chat.completion.chunk</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>Unix time in seconds.</summary>
    [JsonPropertyName("created")]
    public long? Created { get; set; }

    /// <summary>The model that is serving.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The upstream provider's display name.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The upstream system fingerprint, when given.</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; set; }

    /// <summary>The choice deltas; empty in a usage-only chunk.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChunkChoice>? Choices { get; set; }

    /// <summary>Tokens and cost, on the last chunk.</summary>
    [JsonPropertyName("usage")]
    public CompletionUsage? Usage { get; set; }

    /// <summary>A mid-stream error; the stream ends after it.</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
