using System.Globalization;
using System.Text.Json;

namespace ToolKit.Emulator.Catalog;

/// <summary>One model of the catalog: the fields routing, validation and pricing need, plus its JSON for /models.</summary>
internal sealed class CatalogModel
{
    public required string Id { get; init; }

    /// <summary>What responses report as <c>model</c>: the catalog's canonical (often dated) slug.</summary>
    public required string CanonicalSlug { get; init; }

    public required string Name { get; init; }

    public required long ContextLength { get; init; }

    public long? MaxCompletionTokens { get; init; }

    /// <summary>USD per prompt token (negative catalog prices, as on openrouter/auto, count as 0).</summary>
    public required decimal PromptPrice { get; init; }

    /// <summary>USD per completion token.</summary>
    public required decimal CompletionPrice { get; init; }

    /// <summary>USD per request.</summary>
    public required decimal RequestPrice { get; init; }

    public required IReadOnlySet<string> SupportedParameters { get; init; }

    /// <summary>The model entry exactly as <c>GET /models</c> lists it.</summary>
    public required JsonElement Json { get; init; }

    /// <summary>True for <c>emulator/…</c> and scripted models that are not in the capture.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>The fault an <c>emulator/&lt;fault&gt;</c> id carries, if any.</summary>
    public EmulatorFault? Fault { get; init; }

    public string Author => Id[..Math.Max(0, Id.IndexOf('/', StringComparison.Ordinal))];

    public bool Supports(string parameter) => SupportedParameters.Contains(parameter);

    /// <summary>Reads a /models entry; <paramref name="json"/> must outlive the model (it is kept, not copied).</summary>
    public static CatalogModel FromJson(JsonElement json, bool synthetic = false)
    {
        var pricing = json.GetProperty("pricing");
        var top = json.TryGetProperty("top_provider", out var t) ? t : default;
        return new CatalogModel
        {
            Id = json.GetProperty("id").GetString()!,
            CanonicalSlug = json.TryGetProperty("canonical_slug", out var slug) && slug.ValueKind == JsonValueKind.String
                ? slug.GetString()!
                : json.GetProperty("id").GetString()!,
            Name = json.GetProperty("name").GetString() ?? "",
            ContextLength = json.TryGetProperty("context_length", out var ctx) && ctx.ValueKind == JsonValueKind.Number
                ? ctx.GetInt64()
                : 0,
            MaxCompletionTokens = top.ValueKind == JsonValueKind.Object
                && top.TryGetProperty("max_completion_tokens", out var max) && max.ValueKind == JsonValueKind.Number
                ? max.GetInt64()
                : null,
            PromptPrice = Price(pricing, "prompt"),
            CompletionPrice = Price(pricing, "completion"),
            RequestPrice = Price(pricing, "request"),
            SupportedParameters = json.TryGetProperty("supported_parameters", out var sp) && sp.ValueKind == JsonValueKind.Array
                ? sp.EnumerateArray().Select(p => p.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal),
            Json = json,
            IsSynthetic = synthetic,
        };
    }

    private static decimal Price(JsonElement pricing, string name)
    {
        if (!pricing.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return 0m;
        }

        return decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var price) && price > 0
            ? price
            : 0m;
    }
}
