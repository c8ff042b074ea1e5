using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>Stats of one generation, from <c>GET /generation?id=</c>: native token counts, cost and timing.</summary>
public sealed class GenerationInfo
{
    /// <summary>The generation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The model that served.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The provider that served.</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; set; }

    /// <summary>When it was created (ISO 8601).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    /// <summary>The total cost in USD.</summary>
    [JsonPropertyName("total_cost")]
    public decimal? TotalCost { get; set; }

    /// <summary>The credits charged, in USD.</summary>
    [JsonPropertyName("usage")]
    public decimal? Usage { get; set; }

    /// <summary>The upstream cost in USD (BYOK).</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; set; }

    /// <summary>The cache discount in USD.</summary>
    [JsonPropertyName("cache_discount")]
    public decimal? CacheDiscount { get; set; }

    /// <summary>Prompt tokens, normalized (GPT-4o tokenizer).</summary>
    [JsonPropertyName("tokens_prompt")]
    public int? TokensPrompt { get; set; }

    /// <summary>Completion tokens, normalized.</summary>
    [JsonPropertyName("tokens_completion")]
    public int? TokensCompletion { get; set; }

    /// <summary>Prompt tokens as the provider counts them (billing uses these).</summary>
    [JsonPropertyName("native_tokens_prompt")]
    public int? NativeTokensPrompt { get; set; }

    /// <summary>Completion tokens as the provider counts them.</summary>
    [JsonPropertyName("native_tokens_completion")]
    public int? NativeTokensCompletion { get; set; }

    /// <summary>Reasoning tokens as the provider counts them.</summary>
    [JsonPropertyName("native_tokens_reasoning")]
    public int? NativeTokensReasoning { get; set; }

    /// <summary>Cached prompt tokens as the provider counts them.</summary>
    [JsonPropertyName("native_tokens_cached")]
    public int? NativeTokensCached { get; set; }

    /// <summary>Time to first token, in milliseconds.</summary>
    [JsonPropertyName("latency")]
    public double? Latency { get; set; }

    /// <summary>Generation time, in milliseconds.</summary>
    [JsonPropertyName("generation_time")]
    public double? GenerationTime { get; set; }

    /// <summary>Whether it was streamed.</summary>
    [JsonPropertyName("streamed")]
    public bool? Streamed { get; set; }

    /// <summary>Whether the client cancelled it.</summary>
    [JsonPropertyName("cancelled")]
    public bool? Cancelled { get; set; }

    /// <summary>The normalized finish reason.</summary>
    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; set; }

    /// <summary>The provider's finish reason.</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; set; }

    /// <summary>The upstream provider's id for the request.</summary>
    [JsonPropertyName("upstream_id")]
    public string? UpstreamId { get; set; }

    /// <summary>Whether your own provider key was used.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
