using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// A JSON value kept as UTF-8 bytes and written to the request exactly as it is, without being parsed into a DOM and
/// serialized again. Tool schemas, which ToolKit builds at compile time as UTF-8 constants, travel this way.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public readonly struct RawJson : IEquatable<RawJson>
{
    /// <summary>Wraps UTF-8 JSON. The bytes are checked when the value is written.</summary>
    /// <param name="utf8Json">One complete JSON value as UTF-8.</param>
    public RawJson(ReadOnlyMemory<byte> utf8Json) => Utf8 = utf8Json;

    /// <summary>The JSON value as UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Whether no JSON is held.</summary>
    public bool IsEmpty => Utf8.IsEmpty;

    /// <summary>Wraps JSON text.</summary>
    public static RawJson FromString(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new RawJson(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Copies a <see cref="JsonElement"/>.</summary>
    public static RawJson FromElement(JsonElement element) =>
        new(JsonMarshal.GetRawUtf8Value(element).ToArray());

    /// <summary>Parses the value into a <see cref="JsonElement"/>.</summary>
    public JsonElement ToElement() => JsonElement.Parse(Utf8.Span);

    /// <summary>The JSON text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>Whether both hold the same bytes.</summary>
    public bool Equals(RawJson other) => Utf8.Span.SequenceEqual(other.Utf8.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RawJson other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Utf8.Span);
        return hash.ToHashCode();
    }

    /// <summary>Whether both hold the same bytes.</summary>
    public static bool operator ==(RawJson left, RawJson right) => left.Equals(right);

    /// <summary>Whether the bytes differ.</summary>
    public static bool operator !=(RawJson left, RawJson right) => !left.Equals(right);
}
