using System.Globalization;
using System.Text;

namespace ToolKit.OpenRouter;

/// <summary>
/// Filters, sorting and paging for <see cref="OpenRouterClient.ListModelsAsync(ModelListQuery, CancellationToken)"/>
/// (<c>GET /models</c>). Every member is optional; unset members are not sent. Prices are in USD per million tokens,
/// as on the OpenRouter site. The RSS output (<c>use_rss</c>) is left out: it is not the JSON model list.
/// </summary>
public sealed record ModelListQuery
{
    /// <summary>Records to skip (<c>offset</c>). With neither this nor <see cref="Limit"/>, the whole list comes back.</summary>
    public int? Offset { get; init; }

    /// <summary>Most records to return (<c>limit</c>, at most 1,000).</summary>
    public int? Limit { get; init; }

    /// <summary>Free-text search by model name or slug (<c>q</c>).</summary>
    public string? Search { get; init; }

    /// <summary>A use-case category such as <c>programming</c> (<c>category</c>).</summary>
    public string? Category { get; init; }

    /// <summary>Only models supporting all of these request parameters, such as <c>tools</c> (<c>supported_parameters</c>).</summary>
    public IReadOnlyList<string>? SupportedParameters { get; init; }

    /// <summary>Input modalities: <c>text</c>, <c>image</c>, <c>audio</c>, <c>file</c> (<c>input_modalities</c>).</summary>
    public IReadOnlyList<string>? InputModalities { get; init; }

    /// <summary>Output modalities: <c>text</c>, <c>image</c>, <c>audio</c>, <c>embeddings</c>, or <c>all</c> (<c>output_modalities</c>).</summary>
    public IReadOnlyList<string>? OutputModalities { get; init; }

    /// <summary>Server-side order, such as <c>pricing-low-to-high</c> (<c>sort</c>).</summary>
    public string? Sort { get; init; }

    /// <summary>The smallest context length in tokens (<c>context</c>).</summary>
    public int? MinContextLength { get; init; }

    /// <summary>The lowest prompt price, USD per million tokens (<c>min_price</c>).</summary>
    public decimal? MinPromptPrice { get; init; }

    /// <summary>The highest prompt price, USD per million tokens (<c>max_price</c>).</summary>
    public decimal? MaxPromptPrice { get; init; }

    /// <summary>The lowest completion price, USD per million tokens (<c>min_output_price</c>).</summary>
    public decimal? MinCompletionPrice { get; init; }

    /// <summary>The highest completion price, USD per million tokens (<c>max_output_price</c>).</summary>
    public decimal? MaxCompletionPrice { get; init; }

    /// <summary>A model family such as <c>GPT</c> or <c>Claude</c> (<c>arch</c>).</summary>
    public string? Architecture { get; init; }

    /// <summary>The organizations that made the models, as author slugs such as <c>openai</c> (<c>model_authors</c>).</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>Hosting provider names such as <c>OpenAI</c> (<c>providers</c>).</summary>
    public IReadOnlyList<string>? Providers { get; init; }

    /// <summary>True for distillable models only, false to leave them out (<c>distillable</c>).</summary>
    public bool? Distillable { get; init; }

    /// <summary>True for models with zero-data-retention endpoints only (<c>zdr</c>).</summary>
    public bool ZeroDataRetentionOnly { get; init; }

    /// <summary>A data region, <c>eu</c> or <c>us</c> (<c>region</c>).</summary>
    public string? Region { get; init; }

    /// <summary>The youngest model age in days (<c>min_age_days</c>).</summary>
    public int? MinAgeDays { get; init; }

    /// <summary>The oldest model age in days (<c>max_age_days</c>).</summary>
    public int? MaxAgeDays { get; init; }

    /// <summary>The lowest Artificial Analysis intelligence index (<c>min_intelligence_index</c>).</summary>
    public double? MinIntelligenceIndex { get; init; }

    /// <summary>The highest Artificial Analysis intelligence index (<c>max_intelligence_index</c>).</summary>
    public double? MaxIntelligenceIndex { get; init; }

    /// <summary>The lowest Artificial Analysis coding index (<c>min_coding_index</c>).</summary>
    public double? MinCodingIndex { get; init; }

    /// <summary>The highest Artificial Analysis coding index (<c>max_coding_index</c>).</summary>
    public double? MaxCodingIndex { get; init; }

    /// <summary>The lowest Artificial Analysis agentic index (<c>min_agentic_index</c>).</summary>
    public double? MinAgenticIndex { get; init; }

    /// <summary>The highest Artificial Analysis agentic index (<c>max_agentic_index</c>).</summary>
    public double? MaxAgenticIndex { get; init; }

    /// <summary>The lowest tool-calling success rate, a fraction from 0 to 1 (<c>min_tool_success_rate</c>).</summary>
    public double? MinToolSuccessRate { get; init; }

    /// <summary>The highest tool-calling success rate, a fraction from 0 to 1 (<c>max_tool_success_rate</c>).</summary>
    public double? MaxToolSuccessRate { get; init; }

    /// <summary>The query string, <c>?</c> included, or empty when nothing is set; names in the API's order.</summary>
    internal string ToQueryString()
    {
        var query = new QueryBuilder();
        query.Add("offset", Offset);
        query.Add("limit", Limit);
        query.Add("category", Category);
        query.Add("supported_parameters", SupportedParameters);
        query.Add("output_modalities", OutputModalities);
        query.Add("sort", Sort);
        query.Add("q", Search);
        query.Add("input_modalities", InputModalities);
        query.Add("context", MinContextLength);
        query.Add("min_price", MinPromptPrice);
        query.Add("max_price", MaxPromptPrice);
        query.Add("arch", Architecture);
        query.Add("model_authors", Authors);
        query.Add("providers", Providers);
        query.Add("distillable", Distillable is { } distillable ? (distillable ? "true" : "false") : null);
        query.Add("zdr", ZeroDataRetentionOnly ? "true" : null);
        query.Add("region", Region);
        query.Add("min_output_price", MinCompletionPrice);
        query.Add("max_output_price", MaxCompletionPrice);
        query.Add("min_age_days", MinAgeDays);
        query.Add("max_age_days", MaxAgeDays);
        query.Add("min_intelligence_index", MinIntelligenceIndex);
        query.Add("max_intelligence_index", MaxIntelligenceIndex);
        query.Add("min_coding_index", MinCodingIndex);
        query.Add("max_coding_index", MaxCodingIndex);
        query.Add("min_agentic_index", MinAgenticIndex);
        query.Add("max_agentic_index", MaxAgenticIndex);
        query.Add("min_tool_success_rate", MinToolSuccessRate);
        query.Add("max_tool_success_rate", MaxToolSuccessRate);
        return query.ToString();
    }

    /// <summary>Appends <c>name=value</c> pairs, escaped, with invariant numbers and comma-joined lists.</summary>
    private sealed class QueryBuilder
    {
        private readonly StringBuilder _text = new();

        public void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        public void Add(string name, IReadOnlyList<string>? values) =>
            Add(name, values is { Count: > 0 } ? string.Join(',', values) : null);

        public void Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

        public void Add(string name, decimal? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

        public void Add(string name, double? value) => Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

        public override string ToString() => _text.ToString();
    }
}
