using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ToolKit.Tests.Tools;

/// <summary>A catalog item.</summary>
/// <param name="Id">Documented in XML, renamed by the attribute.</param>
/// <param name="DisplayName">The name people see.</param>
public sealed record CatalogItem(
    [property: JsonPropertyName("itemId")] string Id,
    [property: Description("How many are in stock.")] int StockCount,
    string DisplayName)
{
    [JsonPropertyName("warehouse-code")]
    public string? WarehouseCode { get; set; }
}

/// <summary>Tool and parameter names, [JsonPropertyName] and descriptions.</summary>
public sealed partial class NamingTools
{
    [Tool]
    public Task<string> GetHTTPStatusAsync(int statusCode) => Task.FromResult($"status {statusCode}");

    [Tool(Name = "custom-name_1")]
    public string Renamed() => "renamed";

    [Tool]
    public string Lookup(string searchQuery, int maxHits = 5, string @class = "any", bool isHTMLPage = false) => $"{searchQuery}:{maxHits}:{@class}:{isHTMLPage}";

    [Tool]
    public CatalogItem EchoItem(CatalogItem item) => item;

    /// <summary>
    /// Summary   text
    /// on two lines.
    /// </summary>
    /// <remarks>Remarks with <c>code</c>, <see langword="null"/>, <see cref="Priority"/> and <paramref name="text"/>.</remarks>
    /// <param name="text">The text to <b>echo</b>.</param>
    /// <returns>The same text.</returns>
    [Tool]
    public string Documented(string text) => text;

    /// <summary>From XML docs.</summary>
    /// <param name="value">From XML docs.</param>
    [Tool]
    [Description("From the attribute.")]
    public string Attributed([Description("Parameter from the attribute.")] string value) => value;

    /// <summary>From XML docs.</summary>
    [Tool(Description = "From the tool attribute.")]
    [Description("From the attribute.")]
    public string ToolAttributeWins() => "ok";
}
