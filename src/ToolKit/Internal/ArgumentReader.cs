using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ToolKit.Internal;

/// <summary>
/// Reads typed values for generated binders. Every <c>TryRead</c> method expects the reader on the value's first
/// token and leaves it on the value's last token. On a mismatch it records an error at the current path, skips
/// the value and returns <see langword="false"/>, so that binding goes on and collects every error.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArgumentReader
{
    private const int MaxShownLength = 60;

    /// <summary>Reads the first token; returns whether it starts the arguments object.</summary>
    /// <remarks>A <c>null</c> document counts as <c>{}</c>; anything else that is not an object is an error.</remarks>
    public static bool ReadRootStart(ref Utf8JsonReader reader, ref BindContext context)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            context.AddError($"expected a JSON object of arguments, got {DescribeFound(ref reader)}");
            reader.Skip();
        }

        return false;
    }

    /// <summary>Checks that nothing follows the arguments object.</summary>
    public static void ReadRootEnd(ref Utf8JsonReader reader, ref BindContext context)
    {
        if (reader.Read())
        {
            context.AddError($"unexpected content after the arguments object: {DescribeFound(ref reader)}");
        }
    }

    /// <summary>Records malformed JSON, at the root: the reader may have stopped inside a nested value.</summary>
    public static void MalformedJson(ref BindContext context, JsonException exception) =>
        context.AddRootError($"the arguments are not valid JSON: {exception.Message}");

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Records and skips a property the schema does not define.</summary>
    public static void UnknownProperty(ref Utf8JsonReader reader, ref BindContext context, string allowed)
    {
        string name = reader.GetString()!;
        reader.Read();
        reader.Skip();
        context.AddError(name, allowed.Length == 0
            ? "unknown property; this object takes no properties"
            : $"unknown property; expected one of: {allowed}");
    }

    /// <summary>Whether the current token is <c>null</c>.</summary>
    public static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    /// <summary>Records that the current value has the wrong type, and skips it.</summary>
    public static bool Mismatch(ref Utf8JsonReader reader, ref BindContext context, string expected)
    {
        context.AddError($"expected {expected}, got {DescribeFound(ref reader)}");
        reader.Skip();
        return false;
    }

    /// <summary>Reads a JSON string.</summary>
    public static bool TryReadString(ref Utf8JsonReader reader, ref BindContext context, string expected, out string value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            value = reader.GetString()!;
            return true;
        }

        value = null!;
        return Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads a JSON string whose length in code points lies within the bounds.</summary>
    public static bool TryReadString(ref Utf8JsonReader reader, ref BindContext context, string expected, int minLength, int maxLength, out string value)
    {
        if (!TryReadString(ref reader, ref context, expected, out value))
        {
            return false;
        }

        int length = CountCodePoints(value);
        if (length < minLength || length > maxLength)
        {
            context.AddError($"expected {expected}, got a string of {length} character{(length == 1 ? "" : "s")}");
            return false;
        }

        return true;
    }

    /// <summary>Reads a one-character JSON string.</summary>
    public static bool TryReadChar(ref Utf8JsonReader reader, ref BindContext context, string expected, out char value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.String)
        {
            string text = reader.GetString()!;
            if (text.Length == 1)
            {
                value = text[0];
                return true;
            }

            context.AddError($"expected {expected}, got {Quote(text)}");
            return false;
        }

        return Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public static bool TryReadBoolean(ref Utf8JsonReader reader, ref BindContext context, string expected, out bool value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            default:
                value = false;
                return Mismatch(ref reader, ref context, expected);
        }
    }

    /// <summary>Reads an integer within [<paramref name="min"/>, <paramref name="max"/>]. <c>3.0</c> counts as an integer, as in JSON Schema.</summary>
    public static bool TryReadInteger(ref Utf8JsonReader reader, ref BindContext context, long min, long max, string expected, out long value)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            value = 0;
            return Mismatch(ref reader, ref context, expected);
        }

        if (!reader.TryGetInt64(out value))
        {
            if (!reader.TryGetDecimal(out decimal number) || number != decimal.Truncate(number)
                || number < long.MinValue || number > long.MaxValue)
            {
                return OutOfRange(ref reader, ref context, expected);
            }

            value = (long)number;
        }

        return value >= min && value <= max || OutOfRange(ref reader, ref context, expected);
    }

    /// <summary>Reads a non-negative integer within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static bool TryReadUnsignedInteger(ref Utf8JsonReader reader, ref BindContext context, ulong min, ulong max, string expected, out ulong value)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            value = 0;
            return Mismatch(ref reader, ref context, expected);
        }

        if (!reader.TryGetUInt64(out value))
        {
            if (!reader.TryGetDecimal(out decimal number) || number != decimal.Truncate(number)
                || number < 0 || number > ulong.MaxValue)
            {
                return OutOfRange(ref reader, ref context, expected);
            }

            value = (ulong)number;
        }

        return value >= min && value <= max || OutOfRange(ref reader, ref context, expected);
    }

    /// <summary>Reads a number within the bounds (each inclusive unless marked exclusive).</summary>
    public static bool TryReadDouble(ref Utf8JsonReader reader, ref BindContext context, double min, bool minExclusive, double max, bool maxExclusive, string expected, out double value)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            value = 0;
            return Mismatch(ref reader, ref context, expected);
        }

        if (!reader.TryGetDouble(out value) || !double.IsFinite(value))
        {
            return OutOfRange(ref reader, ref context, expected);
        }

        bool aboveMin = minExclusive ? value > min : value >= min;
        bool belowMax = maxExclusive ? value < max : value <= max;
        return aboveMin && belowMax || OutOfRange(ref reader, ref context, expected);
    }

    /// <summary>Reads a number as <see cref="decimal"/> within the bounds.</summary>
    public static bool TryReadDecimal(ref Utf8JsonReader reader, ref BindContext context, double min, bool minExclusive, double max, bool maxExclusive, string expected, out decimal value)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            value = 0;
            return Mismatch(ref reader, ref context, expected);
        }

        if (!reader.TryGetDecimal(out value))
        {
            return OutOfRange(ref reader, ref context, expected);
        }

        double approximate = (double)value;
        bool aboveMin = minExclusive ? approximate > min : approximate >= min;
        bool belowMax = maxExclusive ? approximate < max : approximate <= max;
        return aboveMin && belowMax || OutOfRange(ref reader, ref context, expected);
    }

    /// <summary>Reads an ISO 8601 date and time.</summary>
    public static bool TryReadDateTime(ref Utf8JsonReader reader, ref BindContext context, string expected, out DateTime value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String
            ? reader.TryGetDateTime(out value) || BadString(ref reader, ref context, expected)
            : Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads an ISO 8601 date and time with an offset.</summary>
    public static bool TryReadDateTimeOffset(ref Utf8JsonReader reader, ref BindContext context, string expected, out DateTimeOffset value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String
            ? reader.TryGetDateTimeOffset(out value) || BadString(ref reader, ref context, expected)
            : Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads a <c>yyyy-MM-dd</c> date.</summary>
    public static bool TryReadDateOnly(ref Utf8JsonReader reader, ref BindContext context, string expected, out DateOnly value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String
            ? DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
              || BadString(ref reader, ref context, expected)
            : Mismatch(ref reader, ref context, expected);
    }

    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm", "HH:mm:ss.FFFFFFF"];

    /// <summary>Reads an <c>HH:mm[:ss[.fffffff]]</c> time of day.</summary>
    public static bool TryReadTimeOnly(ref Utf8JsonReader reader, ref BindContext context, string expected, out TimeOnly value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String
            ? TimeOnly.TryParseExact(reader.GetString(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
              || BadString(ref reader, ref context, expected)
            : Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads an ISO 8601 duration such as <c>PT1H30M</c>.</summary>
    public static bool TryReadTimeSpan(ref Utf8JsonReader reader, ref BindContext context, string expected, out TimeSpan value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String
            ? IsoDuration.TryParse(reader.GetString(), out value) || BadString(ref reader, ref context, expected)
            : Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads a UUID in the 8-4-4-4-12 form.</summary>
    public static bool TryReadGuid(ref Utf8JsonReader reader, ref BindContext context, string expected, out Guid value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String
            ? reader.TryGetGuid(out value) || BadString(ref reader, ref context, expected)
            : Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads an absolute URI.</summary>
    public static bool TryReadUri(ref Utf8JsonReader reader, ref BindContext context, string expected, out Uri value)
    {
        value = null!;
        return reader.TokenType == JsonTokenType.String
            ? ArgumentChecks.TryCreateAbsoluteUri(reader.GetString(), out value!) || BadString(ref reader, ref context, expected)
            : Mismatch(ref reader, ref context, expected);
    }

    /// <summary>Reads any JSON value as a <see cref="JsonElement"/>.</summary>
    public static bool TryReadJsonElement(ref Utf8JsonReader reader, out JsonElement value)
    {
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <summary>Records a value outside the allowed range or set, already read.</summary>
    public static bool OutOfRange(ref Utf8JsonReader reader, ref BindContext context, string expected)
    {
        context.AddError($"expected {expected}, got {DescribeFound(ref reader)}");
        return false;
    }

    /// <summary>Records a value that does not fit a collection's size bounds.</summary>
    public static bool CountOutOfRange(ref BindContext context, string expected, int count)
    {
        context.AddError($"expected {expected}, got {count} item{(count == 1 ? "" : "s")}");
        return false;
    }

    /// <summary>Records a repeated item in a set.</summary>
    public static bool DuplicateItem(ref BindContext context)
    {
        context.AddError("duplicate item; the items must be unique");
        return false;
    }

    /// <summary>Describes the current token for an error message: a short quote of the value, or its kind.</summary>
    public static string DescribeFound(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => Quote(reader.GetString()!),
        JsonTokenType.Number => Truncate(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static bool BadString(ref Utf8JsonReader reader, ref BindContext context, string expected)
    {
        context.AddError($"expected {expected}, got {DescribeFound(ref reader)}");
        return false;
    }

    /// <summary>A found string for an error message: cut at 60 characters and JSON-escaped, so it stays on one line.</summary>
    internal static string Quote(string text) => JsonSerializerQuote(Truncate(text));

    private static string Truncate(string text) => text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "...");

    private static string JsonSerializerQuote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static int CountCodePoints(string value)
    {
        int count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (!char.IsLowSurrogate(value[i]) || i == 0 || !char.IsHighSurrogate(value[i - 1]))
            {
                count++;
            }
        }

        return count;
    }
}
