using System.Globalization;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter;

/// <summary>
/// Converts between the two price units OpenRouter uses: <c>/models</c> publishes decimal strings in USD per
/// <b>token</b>, while <c>provider.max_price</c> takes USD per <b>million</b> tokens.
/// </summary>
public static class OpenRouterPricing
{
    /// <summary>Tokens in the unit <c>max_price</c> uses.</summary>
    public const decimal TokensPerMillion = 1_000_000m;

    /// <summary>
    /// Converts a <c>/models</c> price string (USD per token, for example <c>"0.0000025"</c>) to USD per million tokens
    /// (<c>2.5</c>).
    /// </summary>
    /// <returns>The price per million, or null when the string is missing, not a number, or negative (<c>"-1"</c>
    /// marks a variable price, as for <c>openrouter/auto</c>).</returns>
    public static decimal? PerTokenToPerMillion(string? usdPerToken) =>
        TryParse(usdPerToken) is { } perToken ? Normalize(perToken * TokensPerMillion) : null;

    /// <summary>Converts USD per token to USD per million tokens.</summary>
    public static decimal PerTokenToPerMillion(decimal usdPerToken) => Normalize(usdPerToken * TokensPerMillion);

    /// <summary>Converts USD per million tokens to USD per token.</summary>
    public static decimal PerMillionToPerToken(decimal usdPerMillion) => Normalize(usdPerMillion / TokensPerMillion);

    /// <summary>Formats USD per million tokens as a <c>/models</c>-style per-token string, for example <c>"0.0000025"</c>.</summary>
    public static string PerMillionToPerTokenString(decimal usdPerMillion) => Format(PerMillionToPerToken(usdPerMillion));

    /// <summary>Parses a <c>/models</c> price string; null when missing, not a number, or negative (variable).</summary>
    public static decimal? TryParse(string? price) =>
        !string.IsNullOrWhiteSpace(price)
        && decimal.TryParse(price, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
        && value >= 0
            ? value
            : null;

    /// <summary>
    /// Builds a <c>max_price</c> from a model's published prices: prompt and completion converted to per million tokens,
    /// request and image kept per unit, each multiplied by <paramref name="headroom"/> (1.2 allows 20% more).
    /// Prices that are missing or variable are left unset.
    /// </summary>
    public static MaxPrice ToMaxPrice(ModelPricing pricing, decimal headroom = 1m)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(headroom);
        return new MaxPrice
        {
            Prompt = Scale(PerTokenToPerMillion(pricing.Prompt), headroom),
            Completion = Scale(PerTokenToPerMillion(pricing.Completion), headroom),
            Request = Scale(TryParse(pricing.Request), headroom),
            Image = Scale(TryParse(pricing.Image), headroom),
        };
    }

    /// <summary>
    /// Estimates the cost in USD of a call from a model's published per-token prices (request fee included). The
    /// response's <c>usage.cost</c> is authoritative; this is for budgeting before the call.
    /// </summary>
    /// <returns>The estimate, or null when the prompt or completion price is missing or variable.</returns>
    public static decimal? EstimateCost(ModelPricing pricing, int promptTokens, int completionTokens)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        if (TryParse(pricing.Prompt) is not { } prompt || TryParse(pricing.Completion) is not { } completion)
        {
            return null;
        }

        return Normalize((prompt * promptTokens) + (completion * completionTokens) + (TryParse(pricing.Request) ?? 0m));
    }

    /// <summary>Formats a price as an invariant decimal string with no exponent and no trailing zeros.</summary>
    internal static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    private static decimal? Scale(decimal? value, decimal factor) => value is { } v ? Normalize(v * factor) : null;

    // Dividing by 1 with 28 zeros drops trailing zeros that multiplication keeps (2.5000000m becomes 2.5m).
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
