using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>Writes a decimal as an invariant decimal string (<c>"0.5"</c>); reads a string or a number.</summary>
internal sealed class DecimalStringConverter : JsonConverter<decimal?>
{
    // Without this, STJ would hand nulls to the nullable wrapper instead of Read.
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.GetDecimal();
            case JsonTokenType.String:
                string text = reader.GetString()!;
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
                    ? value
                    : throw new JsonException($"\"{text}\" is not a decimal number.");
            default:
                throw new JsonException($"Expected a decimal string or number, not {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteStringValue(OpenRouterPricing.Format(number));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
