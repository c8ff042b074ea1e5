// Baseline input (c): strict-mode tools. Optional parameters and optional properties become required and nullable.
using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using ToolKit;

namespace Samples.Search;

/// <summary>How to order results.</summary>
public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>Filters for a search.</summary>
public sealed class SearchFilter
{
    /// <summary>Only results in this language.</summary>
    public string? Language { get; set; }

    /// <summary>Only results newer than this many days.</summary>
    [Range(1, 365)]
    public int MaxAgeDays { get; set; } = 30;

    /// <summary>Required tags.</summary>
    public List<string> Tags { get; set; } = new();
}

public partial class SearchTools
{
    /// <summary>Searches the index.</summary>
    /// <param name="query">What to look for.</param>
    /// <param name="limit">How many results to return.</param>
    /// <param name="language">A language code, or null for all.</param>
    /// <param name="order">How to order results.</param>
    /// <param name="includeArchived">Whether archived documents count.</param>
    [Tool(Strict = true)]
    public string Search(
        [StringLength(200, MinimumLength = 1)] string query,
        [Range(1, 50)] int limit = 10,
        string? language = null,
        SortOrder order = SortOrder.Relevance,
        bool includeArchived = false) =>
        $"{query}:{limit}:{language}:{order}:{includeArchived}";

    /// <summary>Searches with filters.</summary>
    /// <param name="query">What to look for.</param>
    /// <param name="filter">Extra filters.</param>
    [Tool(Name = "search-filtered", Strict = true)]
    public IReadOnlyList<string> SearchFiltered(string query, SearchFilter? filter = null) => [query, filter?.Language ?? "any"];
}
