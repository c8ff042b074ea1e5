using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>A model of the <c>/models</c> catalog.</summary>
public sealed class OpenRouterModel
{
    /// <summary>The model id to send, for example <c>openai/gpt-4o</c> or <c>amazon/nova-2-lite-v1:free</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; set; }

    /// <summary>The permanent slug, often dated.</summary>
    [JsonPropertyName("canonical_slug")]
    public string? CanonicalSlug { get; set; }

    /// <summary>The Hugging Face id, for open-weight models.</summary>
    [JsonPropertyName("hugging_face_id")]
    public string? HuggingFaceId { get; set; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>When the model was added, in Unix seconds.</summary>
    [JsonPropertyName("created")]
    public long? Created { get; set; }

    /// <summary>A description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The context window in tokens.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; set; }

    /// <summary>Modalities and tokenizer.</summary>
    [JsonPropertyName("architecture")]
    public ModelArchitecture? Architecture { get; set; }

    /// <summary>Prices as decimal strings in USD per token (per request and per image for those fields).</summary>
    [JsonPropertyName("pricing")]
    public ModelPricing? Pricing { get; set; }

    /// <summary>Limits of the best provider.</summary>
    [JsonPropertyName("top_provider")]
    public TopProviderInfo? TopProvider { get; set; }

    /// <summary>Per-request token limits, when any.</summary>
    [JsonPropertyName("per_request_limits")]
    public JsonElement? PerRequestLimits { get; set; }

    /// <summary>Request parameters some provider supports, for example <c>tools</c>, <c>response_format</c>.</summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyList<string>? SupportedParameters { get; set; }

    /// <summary>Default sampling parameters.</summary>
    [JsonPropertyName("default_parameters")]
    public JsonElement? DefaultParameters { get; set; }

    /// <summary>Fields with no property here; kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Whether some provider of the model supports <paramref name="parameter"/> (for example <c>tools</c>).</summary>
    public bool Supports(string parameter) => SupportedParameters?.Contains(parameter) == true;

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>A model's modalities and tokenizer.</summary>
public sealed class ModelArchitecture
{
    /// <summary>For example <c>text+image-&gt;text</c>.</summary>
    [JsonPropertyName("modality")]
    public string? Modality { get; set; }

    /// <summary>Input modalities: <c>text</c>, <c>image</c>, <c>file</c>, <c>audio</c>, <c>video</c>.</summary>
    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<string>? InputModalities { get; set; }

    /// <summary>Output modalities.</summary>
    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<string>? OutputModalities { get; set; }

    /// <summary>The tokenizer family, for example <c>GPT</c>.</summary>
    [JsonPropertyName("tokenizer")]
    public string? Tokenizer { get; set; }

    /// <summary>The instruction format, for open models.</summary>
    [JsonPropertyName("instruct_type")]
    public string? InstructType { get; set; }
}

/// <summary>Limits of the provider that serves a model best.</summary>
public sealed class TopProviderInfo
{
    /// <summary>Its context window in tokens.</summary>
    [JsonPropertyName("context_length")]
    public int? ContextLength { get; set; }

    /// <summary>The most tokens it generates.</summary>
    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; set; }

    /// <summary>Whether OpenRouter moderates its input.</summary>
    [JsonPropertyName("is_moderated")]
    public bool? IsModerated { get; set; }
}
