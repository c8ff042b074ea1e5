using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ToolKit.Emulator.Catalog;

namespace ToolKit.Emulator.Server;

/// <summary>
/// The <c>GET /models</c> query parameters the emulator applies to its catalog: <c>supported_parameters</c>, <c>q</c>,
/// <c>input_modalities</c>, <c>output_modalities</c>, <c>context</c>, the prompt and completion price bounds (USD per
/// million tokens), <c>model_authors</c>, <c>sort</c> (by price, context or age) and <c>offset</c>/<c>limit</c>. The
/// others (categories, providers, regions, benchmark indices, ...) need data the capture does not have and are
/// ignored; docs/emulator.md lists them.
/// </summary>
internal static class ModelListFilter
{
    /// <summary>The models of <paramref name="models"/> that the request's query keeps, in its order, paged.</summary>
    public static IEnumerable<CatalogModel> Apply(IEnumerable<CatalogModel> models, IQueryCollection query)
    {
        // "tools,response_format" keeps models that support all of them; lists are comma-separated.
        string[] required = List(query, "supported_parameters");
        string[] inputs = List(query, "input_modalities");
        string[] outputs = List(query, "output_modalities");
        string[] authors = List(query, "model_authors");
        string search = query["q"].ToString().Trim();
        long? minContext = Number(query, "context");
        decimal? minPrompt = PerMillion(query, "min_price");
        decimal? maxPrompt = PerMillion(query, "max_price");
        decimal? minCompletion = PerMillion(query, "min_output_price");
        decimal? maxCompletion = PerMillion(query, "max_output_price");

        IEnumerable<CatalogModel> kept = models.Where(m =>
            required.All(m.Supports)
            && (search.Length == 0 || m.Id.Contains(search, StringComparison.OrdinalIgnoreCase) || m.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
            && HasAll(m, "input_modalities", inputs)
            && (outputs is ["all"] || HasAll(m, "output_modalities", outputs))
            && (authors.Length == 0 || authors.Contains(m.Author, StringComparer.OrdinalIgnoreCase))
            && (minContext is null || m.ContextLength >= minContext)
            && InRange(m.PromptPrice, minPrompt, maxPrompt)
            && InRange(m.CompletionPrice, minCompletion, maxCompletion));

        kept = query["sort"].ToString() switch
        {
            "pricing-low-to-high" => kept.OrderBy(AveragePrice),
            "pricing-high-to-low" => kept.OrderByDescending(AveragePrice),
            "context-high-to-low" => kept.OrderByDescending(m => m.ContextLength),
            "newest" => kept.OrderByDescending(Created),
            _ => kept,
        };

        // As the API says: with neither offset nor limit, the whole list.
        long? offset = Number(query, "offset");
        long? limit = Number(query, "limit");
        if (offset is null && limit is null)
        {
            return kept;
        }

        return kept.Skip((int)Math.Clamp(offset ?? 0, 0, int.MaxValue)).Take((int)Math.Clamp(limit ?? 500, 0, 1000));
    }

    private static string[] List(IQueryCollection query, string name) =>
        query[name].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static long? Number(IQueryCollection query, string name) =>
        long.TryParse(query[name].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : null;

    private static decimal? PerMillion(IQueryCollection query, string name) =>
        decimal.TryParse(query[name].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    private static bool HasAll(CatalogModel model, string member, string[] wanted)
    {
        if (wanted.Length == 0)
        {
            return true;
        }

        if (!model.Json.TryGetProperty("architecture", out JsonElement architecture)
            || !architecture.TryGetProperty(member, out JsonElement modalities) || modalities.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        return wanted.All(w => modalities.EnumerateArray().Any(m => string.Equals(m.GetString(), w, StringComparison.OrdinalIgnoreCase)));
    }

    // Prices are kept per token; the query's bounds are per million tokens.
    private static bool InRange(decimal perToken, decimal? minPerMillion, decimal? maxPerMillion)
    {
        decimal perMillion = perToken * 1_000_000m;
        return (minPerMillion is null || perMillion >= minPerMillion) && (maxPerMillion is null || perMillion <= maxPerMillion);
    }

    private static decimal AveragePrice(CatalogModel model) => (model.PromptPrice + model.CompletionPrice) / 2;

    private static long Created(CatalogModel model) =>
        model.Json.TryGetProperty("created", out JsonElement created) && created.TryGetInt64(out long seconds) ? seconds : 0;
}
