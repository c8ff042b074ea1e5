// Baseline input (f): the type table of DESIGN.md §3: collections, dictionaries, nullable value and reference
// types, date and time types, Guid, Uri, JsonElement and a [Flags] enum.
using System;
using System.Collections.Generic;
using System.Text.Json;
using ToolKit;

namespace Samples.Types;

/// <summary>File permissions.</summary>
[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
}

/// <summary>A point in time with a label.</summary>
public struct Stamp
{
    /// <summary>The label.</summary>
    public string? Label { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }
}

public partial class TypeTools
{
    /// <summary>Takes every supported collection.</summary>
    [Tool]
    public int Collections(
        int[] numbers,
        List<string> names,
        IList<byte> bytes,
        IReadOnlyList<double> weights,
        IEnumerable<long> ids,
        ISet<string> tags,
        HashSet<Guid> keys,
        Dictionary<string, int> counts,
        IReadOnlyDictionary<string, List<string>> groups) => numbers.Length;

    /// <summary>Takes nullable value and reference types.</summary>
    [Tool]
    public string? Nullables(int? count, string? note, DateTime? when, List<string?>? maybe, Permissions? permissions, Stamp? stamp, char initial = 'x') =>
        note;

    /// <summary>Takes date, time and identifier types.</summary>
    [Tool]
    public Stamp Times(DateTime at, DateTimeOffset offset, DateOnly day, TimeOnly time, TimeSpan duration, Guid id, Uri link) =>
        new() { Label = link.ToString(), At = offset };

    /// <summary>Takes free-form JSON and a flags enum.</summary>
    [Tool]
    public JsonElement Raw(JsonElement payload, Permissions permissions = Permissions.Read | Permissions.Write) => payload;

    /// <summary>Returns a dictionary.</summary>
    [Tool]
    public Dictionary<string, DateOnly> Calendar(IReadOnlyList<DateOnly> days, sbyte offset = -1, ulong big = 18446744073709551615, float ratio = 0.25f) =>
        new();
}
