using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>Reads any JSON value into <see cref="RawJson"/> and writes the bytes back verbatim.</summary>
internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonElement element = JsonElement.ParseValue(ref reader);
        return new RawJson(JsonMarshal.GetRawUtf8Value(element).ToArray());
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        // Validation is a forward-only read with no allocation; it keeps a malformed schema from corrupting the body.
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: false);
    }
}
