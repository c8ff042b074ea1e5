using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>Writes <c>provider.sort</c> as a string, or as an object when a partition is set; reads either.</summary>
internal sealed class ProviderSortConverter : JsonConverter<ProviderSort>
{
    public override ProviderSort? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ProviderSort(reader.GetString()!);
        }

        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        JsonElement root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("by", out JsonElement by) && by.ValueKind == JsonValueKind.String)
        {
            string? partition = root.TryGetProperty("partition", out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            return new ProviderSort(by.GetString()!, partition);
        }

        throw new JsonException("provider.sort must be a string or {\"by\": ..., \"partition\": ...}.");
    }

    public override void Write(Utf8JsonWriter writer, ProviderSort value, JsonSerializerOptions options)
    {
        if (value.Partition is null)
        {
            writer.WriteStringValue(value.By);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("by"u8, value.By);
        writer.WriteString("partition"u8, value.Partition);
        writer.WriteEndObject();
    }
}
