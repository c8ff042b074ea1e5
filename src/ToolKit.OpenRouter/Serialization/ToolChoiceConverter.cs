using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>Writes a tool choice as a mode string or a named-function object, and reads either.</summary>
internal sealed class ToolChoiceConverter : JsonConverter<ToolChoice>
{
    public override ToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ToolChoice.FromMode(reader.GetString()!);
        }

        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("function", out JsonElement function)
            && function.ValueKind == JsonValueKind.Object
            && function.TryGetProperty("name", out JsonElement name)
            && name.ValueKind == JsonValueKind.String)
        {
            return ToolChoice.Function(name.GetString()!);
        }

        throw new JsonException("tool_choice must be a string or {\"type\":\"function\",\"function\":{\"name\":...}}.");
    }

    public override void Write(Utf8JsonWriter writer, ToolChoice value, JsonSerializerOptions options)
    {
        if (value.FunctionName is null)
        {
            writer.WriteStringValue(value.Mode);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type"u8, "function"u8);
        writer.WriteStartObject("function"u8);
        writer.WriteString("name"u8, value.FunctionName);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
