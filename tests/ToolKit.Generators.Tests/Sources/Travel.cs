// Baseline input (a): a travel-style instance class. Nested records, an enum, defaults, DataAnnotations,
// async Task<T>, and the parameters bound by type (CancellationToken, ToolContext).
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Threading;
using System.Threading.Tasks;
using ToolKit;

namespace Samples.Travel;

/// <summary>Temperature units.</summary>
public enum TemperatureUnit
{
    /// <summary>Degrees Celsius.</summary>
    Celsius,

    /// <summary>Degrees Fahrenheit.</summary>
    Fahrenheit,
}

/// <summary>A postal address.</summary>
/// <param name="Street">Street and number.</param>
/// <param name="City">The city.</param>
/// <param name="PostalCode">Five digits.</param>
public sealed record Address(
    string Street,
    [property: StringLength(60, MinimumLength = 1)] string City,
    [property: RegularExpression(@"^\d{5}$")] string PostalCode);

/// <summary>A hotel booking request.</summary>
public sealed record HotelRequest(
    [property: Description("Hotel name."), StringLength(80, MinimumLength = 2)] string Hotel,
    [property: Description("Check-in date.")] DateOnly CheckIn,
    [property: Description("Number of nights."), Range(1, 30)] int Nights = 1,
    [property: Description("ISO currency code."), RegularExpression("^[A-Z]{3}$")] string Currency = "EUR",
    [property: Description("Guest names.")] List<string>? Guests = null)
{
    /// <summary>Where to send the invoice.</summary>
    public Address? BillingAddress { get; init; }
}

/// <summary>One day of a forecast.</summary>
/// <param name="Date">The day.</param>
/// <param name="High">Highest temperature.</param>
/// <param name="Low">Lowest temperature.</param>
public sealed record DayForecast(DateOnly Date, double High, double Low);

/// <summary>A weather forecast.</summary>
/// <param name="City">The city.</param>
/// <param name="Unit">The unit of the temperatures.</param>
/// <param name="Days">One entry per day.</param>
public sealed record Forecast(string City, TemperatureUnit Unit, IReadOnlyList<DayForecast> Days);

/// <summary>A confirmed booking.</summary>
/// <param name="Confirmation">The confirmation code.</param>
/// <param name="Total">The price in the requested currency.</param>
public sealed record BookingResult(string Confirmation, decimal Total);

public sealed partial class TravelTools
{
    /// <summary>Gets the weather forecast for a city.</summary>
    /// <param name="city">City name, for example "Paris".</param>
    /// <param name="days">How many days ahead, 1 to 7.</param>
    /// <param name="unit">The temperature unit.</param>
    /// <param name="cancellationToken">Not in the schema.</param>
    /// <returns>The forecast, one entry per day.</returns>
    [Tool]
    public async Task<Forecast> GetForecastAsync(
        [StringLength(100, MinimumLength = 1)] string city,
        [Range(1, 7)] int days = 3,
        TemperatureUnit unit = TemperatureUnit.Celsius,
        CancellationToken cancellationToken = default)
    {
        await Task.Delay(0, cancellationToken);
        var list = new List<DayForecast>();
        for (int i = 0; i < days; i++)
        {
            list.Add(new DayForecast(new DateOnly(2025, 6, 1).AddDays(i), 21.5 + i, 12.0));
        }

        return new Forecast(city, unit, list);
    }

    /// <summary>Books a hotel.</summary>
    /// <param name="request">What to book.</param>
    /// <param name="context">Not in the schema.</param>
    [Tool(Name = "book_hotel", RequiresApproval = true)]
    public BookingResult BookHotel(HotelRequest request, ToolContext context) =>
        new(context.IdempotencyKey, 120.5m * request.Nights);

    /// <summary>Finds flights between two airports.</summary>
    /// <param name="origin">IATA code of the departure airport.</param>
    /// <param name="destination">IATA code of the arrival airport.</param>
    /// <param name="flexDays">How many days earlier or later are fine.</param>
    [Tool(Idempotent = true, TimeoutSeconds = 30)]
    public Task<IReadOnlyList<string>> FindFlightsAsync(
        [RegularExpression("^[A-Z]{3}$")] string origin,
        [RegularExpression("^[A-Z]{3}$")] string destination,
        [Range(0.5, 2.5)] double flexDays = 1.0,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([origin + "-" + destination]);
}
