using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>One choice of a streamed chunk.</summary>
public sealed class ChatCompletionChunkChoice
{
    /// <summary>The choice index.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>What is new in this chunk.</summary>
    [JsonPropertyName("delta")]
    public ChatCompletionDelta? Delta { get; set; }

    /// <summary>The finish reason, on the choice (never inside the delta), on the last content chunk.</summary>
    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; set; }

    /// <summary>The finish reason as the upstream provider gave it.</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; set; }

    /// <summary>An error that ended the generation.</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; set; }

    /// <summary>Log probabilities, when requested.</summary>
    [JsonPropertyName("logprobs")]
    public JsonElement? Logprobs { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
