using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>The answer of <c>/models/{author}/{slug}/endpoints</c>: a model and the providers that serve it.</summary>
public sealed class ModelEndpoints
{
    /// <summary>The model id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>When the model was added, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long? Created { get; set; }

    /// <summary>A description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Modalities and tokenizer.</summary>
    [JsonPropertyName("architecture")]
    public ModelArchitecture? Architecture { get; set; }

    /// <summary>One entry per provider endpoint.</summary>
    [JsonPropertyName("endpoints")]
    public IReadOnlyList<ModelEndpoint>? Endpoints { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One provider endpoint of a model.</summary>
public sealed class ModelEndpoint
{
    /// <summary>The endpoint name, for example <c>OpenAI | openai/gpt-4o</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The model id.</summary>
    [JsonPropertyName("model_id")]
    public string? ModelId { get; set; }

    /// <summary>The model's display name.</summary>
    [JsonPropertyName("model_name")]
    public string? ModelName { get; set; }

    /// <summary>This endpoint's context window.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; set; }

    /// <summary>This endpoint's prices (USD per token strings).</summary>
    [JsonPropertyName("pricing")]
    public ModelPricing? Pricing { get; set; }

    /// <summary>The provider's display name, usable in <c>provider.order</c>, <c>only</c> and <c>ignore</c>.</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; set; }

    /// <summary>The provider slug tag.</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>The quantization, for example <c>fp8</c>.</summary>
    [JsonPropertyName("quantization")]
    public string? Quantization { get; set; }

    /// <summary>The most tokens this endpoint generates.</summary>
    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; set; }

    /// <summary>The most prompt tokens this endpoint accepts.</summary>
    [JsonPropertyName("max_prompt_tokens")]
    public int? MaxPromptTokens { get; set; }

    /// <summary>Parameters this endpoint supports.</summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyList<string>? SupportedParameters { get; set; }

    /// <summary>The endpoint status (0 is healthy; negative values are degraded).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Uptime over the last 30 minutes, in percent.</summary>
    [JsonPropertyName("uptime_last_30m")]
    public double? UptimeLast30Minutes { get; set; }

    /// <summary>Whether the endpoint caches prompts without being asked.</summary>
    [JsonPropertyName("supports_implicit_caching")]
    public bool? SupportsImplicitCaching { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
