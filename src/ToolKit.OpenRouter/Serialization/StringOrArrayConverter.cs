using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>Writes a list of strings as an array; reads an array or a single string.</summary>
internal sealed class StringOrArrayConverter : JsonConverter<IList<string>>
{
    public override IList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return [reader.GetString()!];
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(reader.TokenType == JsonTokenType.String
                        ? reader.GetString()!
                        : throw new JsonException("Expected a string in the array."));
                }

                return items;
            default:
                throw new JsonException($"Expected a string or an array of strings, not {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (string item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
