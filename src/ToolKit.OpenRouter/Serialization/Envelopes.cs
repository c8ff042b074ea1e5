using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>The <c>{"data": ...}</c> wrapper of <c>/key</c>, <c>/credits</c>, <c>/generation</c> and endpoints.</summary>
internal sealed class DataEnvelope<T>
    where T : class
{
    [JsonPropertyName("data")]
    public T? Data { get; set; }
}

/// <summary>The <c>/models</c> answer.</summary>
internal sealed class ModelListEnvelope
{
    [JsonPropertyName("data")]
    public List<OpenRouterModel>? Data { get; set; }
}

/// <summary>An HTTP error body: <c>{"error": {"code", "message", "metadata"}}</c>.</summary>
internal sealed class ErrorEnvelope
{
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }
}

/// <summary>The <c>/models/count</c> answer's <c>data</c>.</summary>
internal sealed class ModelCount
{
    [JsonPropertyName("count")]
    public int? Count { get; set; }
}
