using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// <c>provider.max_price</c>: the most this request may cost. <see cref="Prompt"/> and <see cref="Completion"/> are in
/// USD per <b>million</b> tokens (the <c>/models</c> pricing strings are per token: convert with
/// <see cref="OpenRouterPricing"/>). Values are sent as decimal strings, the type OpenRouter's OpenAPI description
/// gives them, and read from strings or numbers.
/// </summary>
public sealed class MaxPrice
{
    /// <summary>USD per million prompt tokens.</summary>
    [JsonPropertyName("prompt")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Prompt { get; set; }

    /// <summary>USD per million completion tokens.</summary>
    [JsonPropertyName("completion")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Completion { get; set; }

    /// <summary>USD per request.</summary>
    [JsonPropertyName("request")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Request { get; set; }

    /// <summary>USD per image.</summary>
    [JsonPropertyName("image")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Image { get; set; }

    /// <summary>USD per audio unit.</summary>
    [JsonPropertyName("audio")]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? Audio { get; set; }
}
