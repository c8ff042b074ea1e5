using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>Reads and writes message content as a JSON string or an array of content parts.</summary>
internal sealed class MessageContentConverter : JsonConverter<MessageContent>
{
    public override MessageContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new MessageContent(reader.GetString()!);
            case JsonTokenType.StartArray:
                var parts = new List<ContentPart>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    parts.Add(JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Wire.ContentPart)
                              ?? throw new JsonException("A content part is null."));
                }

                return new MessageContent(parts);
            default:
                throw new JsonException($"Message content must be a string or an array, not {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, MessageContent value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        writer.WriteStartArray();
        foreach (ContentPart part in value.Parts ?? [])
        {
            JsonSerializer.Serialize(writer, part, OpenRouterJsonContext.Wire.ContentPart);
        }

        writer.WriteEndArray();
    }
}
