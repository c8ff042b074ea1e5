using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace ToolKit.Internal;

/// <summary>Writes the values that <see cref="Utf8JsonWriter"/> has no direct overload for, in the formats the schemas name.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueWriter
{
    /// <summary>A one-character string.</summary>
    public static void WriteChar(Utf8JsonWriter writer, char value) => writer.WriteStringValue([value]);

    /// <summary>A <c>yyyy-MM-dd</c> date.</summary>
    public static void WriteDateOnly(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> text = stackalloc char[10];
        value.TryFormat(text, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }

    /// <summary>An <c>HH:mm:ss[.fffffff]</c> time.</summary>
    public static void WriteTimeOnly(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<char> text = stackalloc char[16];
        value.TryFormat(text, out int written, "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written].TrimEnd('.'));
    }

    /// <summary>An ISO 8601 duration.</summary>
    public static void WriteTimeSpan(Utf8JsonWriter writer, TimeSpan value) => writer.WriteStringValue(IsoDuration.Format(value));

    /// <summary>A URI as text.</summary>
    public static void WriteUri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.IsAbsoluteUri ? value.AbsoluteUri : value.OriginalString);
}
