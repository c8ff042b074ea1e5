using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.Benchmarks.Dispatch;

/// <summary>The arguments of <see cref="ShippingTools.QuoteShipment"/> as one record, for System.Text.Json.</summary>
public sealed record QuoteShipmentArgs(
    string Sku,
    Address Destination,
    ShippingSpeed Speed = ShippingSpeed.Standard,
    int Quantity = 1);

/// <summary>
/// Source-generated System.Text.Json metadata. The options ask for the checks the generated binder makes:
/// unknown properties are refused, constructor parameters without a default are required, and a non-nullable
/// reference may not be <c>null</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(QuoteShipmentArgs))]
[JsonSerializable(typeof(ShippingQuote))]
public sealed partial class StjShippingContext : JsonSerializerContext;

/// <summary>Path (d): deserialize an arguments record, call the tool, serialize the result record.</summary>
public sealed class StjDispatcher(ShippingTools tools)
{
    public string Invoke(string name, string arguments)
    {
        if (name != ShippingTools.ToolName)
        {
            throw new ArgumentException("Unknown tool.", nameof(name));
        }

        QuoteShipmentArgs args = JsonSerializer.Deserialize(arguments, StjShippingContext.Default.QuoteShipmentArgs)
            ?? throw new JsonException("null arguments");
        ShippingQuote quote = tools.QuoteShipment(args.Sku, args.Destination, args.Speed, args.Quantity);
        return JsonSerializer.Serialize(quote, StjShippingContext.Default.ShippingQuote);
    }
}

/// <summary>How the Microsoft.Extensions.AI OpenAI adapter parses a tool call's argument JSON.</summary>
[JsonSerializable(typeof(Dictionary<string, object?>))]
public sealed partial class MeaiArgumentsContext : JsonSerializerContext;
