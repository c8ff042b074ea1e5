using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>One choice of a <see cref="ChatCompletion"/>.</summary>
public sealed class ChatCompletionChoice
{
    /// <summary>The choice index.</summary>
    [JsonPropertyName("index")]
    public int Index { get; set; }

    /// <summary>The assistant message.</summary>
    [JsonPropertyName("message")]
    public ChatCompletionMessage? Message { get; set; }

    /// <summary>
    /// The normalized finish reason: <c>stop</c>, <c>length</c>, <c>tool_calls</c>, <c>content_filter</c>, <c>error</c>
    /// or null. Don't rely on it to spot tool turns: a non-empty <c>tool_calls</c> decides.
    /// </summary>
    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; set; }

    /// <summary>The finish reason exactly as the upstream provider gave it.</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; set; }

    /// <summary>An error that ended the generation (with <see cref="FinishReason"/> <c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; set; }

    /// <summary>Log probabilities, when requested.</summary>
    [JsonPropertyName("logprobs")]
    public JsonElement? Logprobs { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
