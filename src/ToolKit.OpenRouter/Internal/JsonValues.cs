using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolKit.OpenRouter.Internal;

/// <summary>Builds <see cref="JsonElement"/>s for extension data without reflection-based serialization.</summary>
internal static class JsonValues
{
    public static JsonElement From(int value) => Write(writer => writer.WriteNumberValue(value));

    public static JsonElement From(string value) => Write(writer => writer.WriteStringValue(value));

    /// <summary>Each property of <paramref name="node"/> as an element.</summary>
    public static Dictionary<string, JsonElement> From(JsonObject node)
    {
        var result = new Dictionary<string, JsonElement>(node.Count, StringComparer.Ordinal);
        foreach ((string name, JsonNode? value) in node)
        {
            result[name] = value is null ? Write(writer => writer.WriteNullValue()) : Write(writer => value.WriteTo(writer));
        }

        return result;
    }

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }
}
