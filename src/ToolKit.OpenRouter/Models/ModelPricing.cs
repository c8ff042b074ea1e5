using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// A model's prices as OpenRouter publishes them: decimal <b>strings</b> in USD per <b>token</b> for
/// <see cref="Prompt"/>, <see cref="Completion"/> and the cache and reasoning fields; USD per request for
/// <see cref="Request"/>, per image for <see cref="Image"/>, per search for <see cref="WebSearch"/>. <c>"-1"</c> means
/// the price varies (the <c>openrouter/auto</c> router). Convert to per-million figures with
/// <see cref="OpenRouterPricing"/> or the <c>PerMillion</c> properties.
/// </summary>
public sealed class ModelPricing
{
    /// <summary>USD per prompt token.</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    /// <summary>USD per completion token.</summary>
    [JsonPropertyName("completion")]
    public string? Completion { get; set; }

    /// <summary>USD per request.</summary>
    [JsonPropertyName("request")]
    public string? Request { get; set; }

    /// <summary>USD per input image.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; set; }

    /// <summary>USD per web search.</summary>
    [JsonPropertyName("web_search")]
    public string? WebSearch { get; set; }

    /// <summary>USD per reasoning token.</summary>
    [JsonPropertyName("internal_reasoning")]
    public string? InternalReasoning { get; set; }

    /// <summary>USD per cached prompt token read.</summary>
    [JsonPropertyName("input_cache_read")]
    public string? InputCacheRead { get; set; }

    /// <summary>USD per prompt token written to the cache.</summary>
    [JsonPropertyName("input_cache_write")]
    public string? InputCacheWrite { get; set; }

    /// <summary>USD per audio input unit.</summary>
    [JsonPropertyName("audio")]
    public string? Audio { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>USD per million prompt tokens, or null when unknown or variable.</summary>
    [JsonIgnore]
    public decimal? PromptPerMillion => OpenRouterPricing.PerTokenToPerMillion(Prompt);

    /// <summary>USD per million completion tokens, or null when unknown or variable.</summary>
    [JsonIgnore]
    public decimal? CompletionPerMillion => OpenRouterPricing.PerTokenToPerMillion(Completion);
}
