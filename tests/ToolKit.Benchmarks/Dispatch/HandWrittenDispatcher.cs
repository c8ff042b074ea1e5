using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ToolKit.Benchmarks.Dispatch;

/// <summary>
/// The floor: the fastest dispatcher for <see cref="ShippingTools.QuoteShipment"/> written by hand with
/// <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/>, reusing its input and output buffers.
/// It checks what the generated binder checks for this tool (token types, enum names, required and unknown
/// properties) but stops at the first problem instead of collecting messages.
/// </summary>
public sealed class HandWrittenDispatcher
{
    private readonly ShippingTools _tools;
    private readonly ArrayBufferWriter<byte> _output = new(512);
    private readonly Utf8JsonWriter _writer;
    private byte[] _input = new byte[1024];

    public HandWrittenDispatcher(ShippingTools tools)
    {
        _tools = tools;
        _writer = new Utf8JsonWriter(_output, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>Binds <paramref name="arguments"/>, calls the tool and returns the result JSON.</summary>
    public string Invoke(string name, string arguments)
    {
        if (name != ShippingTools.ToolName)
        {
            throw new ArgumentException("Unknown tool.", nameof(name));
        }

        int max = Encoding.UTF8.GetMaxByteCount(arguments.Length);
        if (_input.Length < max)
        {
            _input = new byte[max];
        }

        int length = Encoding.UTF8.GetBytes(arguments, _input);
        var reader = new Utf8JsonReader(_input.AsSpan(0, length));

        string? sku = null;
        Address? destination = null;
        ShippingSpeed speed = ShippingSpeed.Standard;
        int quantity = 1;

        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("sku"u8))
            {
                reader.Read();
                Expect(reader.TokenType == JsonTokenType.String);
                sku = reader.GetString();
            }
            else if (reader.ValueTextEquals("destination"u8))
            {
                reader.Read();
                destination = ReadAddress(ref reader);
            }
            else if (reader.ValueTextEquals("speed"u8))
            {
                reader.Read();
                Expect(reader.TokenType == JsonTokenType.String);
                speed = reader.ValueTextEquals("economy"u8) ? ShippingSpeed.Economy
                    : reader.ValueTextEquals("standard"u8) ? ShippingSpeed.Standard
                    : reader.ValueTextEquals("express"u8) ? ShippingSpeed.Express
                    : reader.ValueTextEquals("next_day"u8) ? ShippingSpeed.NextDay
                    : throw new JsonException("speed");
            }
            else if (reader.ValueTextEquals("quantity"u8))
            {
                reader.Read();
                Expect(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out quantity));
            }
            else
            {
                throw new JsonException("unknown property");
            }
        }

        Expect(sku is not null && destination is not null);
        ShippingQuote quote = _tools.QuoteShipment(sku!, destination!, speed, quantity);

        _output.ResetWrittenCount();
        _writer.Reset(_output);
        Utf8JsonWriter w = _writer;
        w.WriteStartObject();
        w.WriteString("sku"u8, quote.Sku);
        w.WriteNumber("quantity"u8, quote.Quantity);
        w.WriteString("speed"u8, quote.Speed switch
        {
            ShippingSpeed.Economy => "economy"u8,
            ShippingSpeed.Standard => "standard"u8,
            ShippingSpeed.Express => "express"u8,
            _ => "next_day"u8,
        });
        w.WriteString("destination_city"u8, quote.DestinationCity);
        w.WriteString("destination_country"u8, quote.DestinationCountry);
        w.WriteNumber("price"u8, quote.Price);
        w.WriteNumber("estimated_days"u8, quote.EstimatedDays);
        w.WriteEndObject();
        w.Flush();
        return Encoding.UTF8.GetString(_output.WrittenSpan);
    }

    private static Address ReadAddress(ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        string? street = null, city = null, postalCode = null, countryCode = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("street"u8))
            {
                street = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("city"u8))
            {
                city = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("postal_code"u8))
            {
                postalCode = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("country_code"u8))
            {
                countryCode = ReadString(ref reader);
            }
            else
            {
                throw new JsonException("unknown property");
            }
        }

        Expect(street is not null && city is not null && postalCode is not null && countryCode is not null);
        return new Address(street!, city!, postalCode!, countryCode!);
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        Expect(reader.TokenType == JsonTokenType.String);
        return reader.GetString()!;
    }

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("invalid arguments");
        }
    }
}
