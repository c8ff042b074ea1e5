using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ToolKit.Benchmarks.Dispatch;

/// <summary>How fast a parcel travels.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShippingSpeed>))]
public enum ShippingSpeed
{
    /// <summary>Slowest and cheapest.</summary>
    [JsonStringEnumMemberName("economy")]
    Economy,

    /// <summary>The usual speed.</summary>
    [JsonStringEnumMemberName("standard")]
    Standard,

    /// <summary>Faster, for a price.</summary>
    [JsonStringEnumMemberName("express")]
    Express,

    /// <summary>Delivered the next working day.</summary>
    [JsonStringEnumMemberName("next_day")]
    NextDay,
}

/// <summary>A postal address.</summary>
public sealed record Address(
    [property: Description("Street and number.")] string Street,
    [property: Description("City name.")] string City,
    [property: Description("Postal code.")] string PostalCode,
    [property: Description("ISO 3166-1 alpha-2 country code.")] string CountryCode);

/// <summary>A shipping quote.</summary>
public sealed record ShippingQuote(
    [property: Description("The item.")] string Sku,
    [property: Description("How many items.")] int Quantity,
    [property: Description("The shipping speed.")] ShippingSpeed Speed,
    [property: Description("The destination city.")] string DestinationCity,
    [property: Description("The destination country code.")] string DestinationCountry,
    [property: Description("Price in EUR.")] double Price,
    [property: Description("Days until delivery.")] int EstimatedDays);

/// <summary>
/// The tool every dispatch benchmark calls: a string, a nested record, an enum with a default and an int with a
/// default. Descriptions are attributes, so the ToolKit generator and <c>AIFunctionFactory</c> both see them.
/// </summary>
public sealed partial class ShippingTools
{
    /// <summary>The name the model calls the tool by, in every benchmarked path.</summary>
    public const string ToolName = "quote_shipment";

    [Tool]
    [Description("Quotes the price and delivery time of shipping an item to an address.")]
    public ShippingQuote QuoteShipment(
        [Description("The stock keeping unit of the item.")] string sku,
        [Description("Where to ship the item.")] Address destination,
        [Description("How fast to ship.")] ShippingSpeed speed = ShippingSpeed.Standard,
        [Description("How many items to ship.")] int quantity = 1)
    {
        (double perItem, int days) = speed switch
        {
            ShippingSpeed.Economy => (4.5, 7),
            ShippingSpeed.Express => (15.25, 2),
            ShippingSpeed.NextDay => (29.75, 1),
            _ => (7.25, 4),
        };
        if (destination.CountryCode != "DE")
        {
            days += 1;
        }

        return new ShippingQuote(sku, quantity, speed, destination.City, destination.CountryCode, perItem * quantity, days);
    }
}
