using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>The <c>usage</c> of a completion: tokens, and the cost in USD (OpenRouter always reports it).</summary>
public sealed class CompletionUsage
{
    /// <summary>Tokens in the prompt.</summary>
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; set; }

    /// <summary>Tokens generated.</summary>
    [JsonPropertyName("completion_tokens")]
    public int CompletionTokens { get; set; }

    /// <summary>Prompt plus completion tokens.</summary>
    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; set; }

    /// <summary>What the call cost, in USD (credits).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; set; }

    /// <summary>Whether the call used your own provider key.</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; set; }

    /// <summary>Prompt token breakdown.</summary>
    [JsonPropertyName("prompt_tokens_details")]
    public PromptTokensDetails? PromptTokensDetails { get; set; }

    /// <summary>Completion token breakdown.</summary>
    [JsonPropertyName("completion_tokens_details")]
    public CompletionTokensDetails? CompletionTokensDetails { get; set; }

    /// <summary>Cost breakdown (upstream cost, for BYOK).</summary>
    [JsonPropertyName("cost_details")]
    public CostDetails? CostDetails { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>How the prompt tokens break down.</summary>
public sealed class PromptTokensDetails
{
    /// <summary>Prompt tokens read from the provider's cache.</summary>
    [JsonPropertyName("cached_tokens")]
    public int? CachedTokens { get; set; }

    /// <summary>Prompt tokens written to the provider's cache.</summary>
    [JsonPropertyName("cache_write_tokens")]
    public int? CacheWriteTokens { get; set; }

    /// <summary>Audio input tokens.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; set; }

    /// <summary>Video input tokens.</summary>
    [JsonPropertyName("video_tokens")]
    public int? VideoTokens { get; set; }
}

/// <summary>How the completion tokens break down.</summary>
public sealed class CompletionTokensDetails
{
    /// <summary>Tokens spent on reasoning.</summary>
    [JsonPropertyName("reasoning_tokens")]
    public int? ReasoningTokens { get; set; }

    /// <summary>Audio output tokens.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; set; }

    /// <summary>Predicted-output tokens that were used.</summary>
    [JsonPropertyName("accepted_prediction_tokens")]
    public int? AcceptedPredictionTokens { get; set; }

    /// <summary>Predicted-output tokens that were not used.</summary>
    [JsonPropertyName("rejected_prediction_tokens")]
    public int? RejectedPredictionTokens { get; set; }
}

/// <summary>How the cost breaks down.</summary>
public sealed class CostDetails
{
    /// <summary>What the upstream provider charged, in USD (BYOK).</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; set; }

    /// <summary>The upstream prompt cost, in USD.</summary>
    [JsonPropertyName("upstream_inference_prompt_cost")]
    public decimal? UpstreamInferencePromptCost { get; set; }

    /// <summary>The upstream completion cost, in USD.</summary>
    [JsonPropertyName("upstream_inference_completions_cost")]
    public decimal? UpstreamInferenceCompletionsCost { get; set; }
}
