using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// <c>provider.sort</c>: a strategy string (<c>price</c>, <c>throughput</c>, <c>latency</c>), or
/// <c>{"by": ..., "partition": ...}</c> when <see cref="Partition"/> is set.
/// </summary>
[JsonConverter(typeof(ProviderSortConverter))]
public sealed class ProviderSort
{
    /// <summary>Sorts by <paramref name="by"/>, optionally partitioned.</summary>
    /// <param name="by"><c>price</c>, <c>throughput</c>, <c>latency</c> (or a newer strategy).</param>
    /// <param name="partition"><c>model</c> (default: endpoints grouped per model) or <c>none</c>.</param>
    public ProviderSort(string by, string? partition = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(by);
        By = by;
        Partition = partition;
    }

    /// <summary>The strategy.</summary>
    public string By { get; }

    /// <summary>The partitioning, or null for the default.</summary>
    public string? Partition { get; }

    /// <summary>Cheapest first.</summary>
    public static ProviderSort Price { get; } = new("price");

    /// <summary>Highest throughput first.</summary>
    public static ProviderSort Throughput { get; } = new("throughput");

    /// <summary>Lowest latency first.</summary>
    public static ProviderSort Latency { get; } = new("latency");

    /// <summary>A strategy given as a string.</summary>
    public static implicit operator ProviderSort(string by) => new(by);

    /// <inheritdoc />
    public override string ToString() => Partition is null ? By : $"{By} (partition {Partition})";
}
