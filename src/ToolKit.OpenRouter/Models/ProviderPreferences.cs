using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// The <c>provider</c> object: how OpenRouter picks and orders the upstream providers that serve the model. Note that
/// <see cref="MaxPrice"/> lives here, inside <c>provider</c>, not at the top level of the request.
/// </summary>
public sealed class ProviderPreferences
{
    /// <summary>Provider names (or slugs) to try in this order, for example <c>["Anthropic", "OpenAI"]</c>.</summary>
    [JsonPropertyName("order")]
    public IList<string>? Order { get; set; }

    /// <summary>Whether other providers may serve when the ones in <see cref="Order"/> fail. Default true.</summary>
    [JsonPropertyName("allow_fallbacks")]
    public bool? AllowFallbacks { get; set; }

    /// <summary>Only use providers that support every parameter in the request (for example <c>tools</c>).</summary>
    [JsonPropertyName("require_parameters")]
    public bool? RequireParameters { get; set; }

    /// <summary><c>allow</c> (default) or <c>deny</c>: whether providers that store or train on data may be used.</summary>
    [JsonPropertyName("data_collection")]
    public string? DataCollection { get; set; }

    /// <summary>Only use zero-data-retention endpoints.</summary>
    [JsonPropertyName("zdr")]
    public bool? Zdr { get; set; }

    /// <summary>Only these providers may serve.</summary>
    [JsonPropertyName("only")]
    public IList<string>? Only { get; set; }

    /// <summary>These providers must not serve.</summary>
    [JsonPropertyName("ignore")]
    public IList<string>? Ignore { get; set; }

    /// <summary>Allowed quantizations, for example <c>["fp8", "bf16"]</c>.</summary>
    [JsonPropertyName("quantizations")]
    public IList<string>? Quantizations { get; set; }

    /// <summary>Sort providers by <c>price</c>, <c>throughput</c> or <c>latency</c> (disables load balancing).</summary>
    [JsonPropertyName("sort")]
    public ProviderSort? Sort { get; set; }

    /// <summary>The most to pay: prompt and completion in USD per <b>million</b> tokens; request and image per unit.</summary>
    [JsonPropertyName("max_price")]
    public MaxPrice? MaxPrice { get; set; }

    /// <summary>
    /// Fields with no property here (for example <c>preferred_max_latency</c>). OpenRouter rejects unknown fields
    /// inside <c>provider</c>, so only put documented ones here.
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
