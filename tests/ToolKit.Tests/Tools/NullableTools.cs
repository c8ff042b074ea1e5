namespace ToolKit.Tests.Tools;

public sealed record Point(int X, int Y);

public struct Size
{
    public int Width { get; set; }

    public int Height { get; set; }
}

public sealed record NullableValues(
    int? Number,
    string? Text,
    Priority? Priority,
    Permissions? Permissions,
    DateOnly? Day,
    Point? Point,
    Size? Size,
    List<string?>? Tags);

/// <summary>Tools for the "T? and nullable reference types" row of the type table.</summary>
public sealed partial class NullableTools
{
    /// <summary>Every parameter is nullable but required: null must be sent explicitly.</summary>
    [Tool]
    public NullableValues EchoNullables(int? number, string? text, Priority? priority, Permissions? permissions, DateOnly? day, Point? point, Size? size, List<string?>? tags)
        => new(number, text, priority, permissions, day, point, size, tags);

    /// <summary>Nullable and optional.</summary>
    [Tool]
    public string OptionalNullables(int? count = null, string? note = null, Point? point = null) =>
        $"{count?.ToString() ?? "no count"}|{note ?? "no note"}|{(point is null ? "no point" : $"{point.X},{point.Y}")}";

    [Tool]
    public int? EchoNullableInt(int? value) => value;
}
