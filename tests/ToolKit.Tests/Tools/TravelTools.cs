using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ToolKit.Tests.Tools;

/// <summary>Temperature units.</summary>
public enum TemperatureUnit
{
    /// <summary>Degrees Celsius.</summary>
    Celsius,

    /// <summary>Degrees Fahrenheit.</summary>
    Fahrenheit,
}

/// <summary>A weather forecast.</summary>
/// <param name="City">The city.</param>
/// <param name="Days">Forecast days.</param>
/// <param name="Unit">The unit of the temperatures.</param>
/// <param name="Highs">Daily highs.</param>
public sealed record Forecast(string City, int Days, TemperatureUnit Unit, IReadOnlyList<double> Highs);

/// <summary>A hotel booking request.</summary>
public sealed record HotelRequest(
    [property: Description("Hotel name.")] string Hotel,
    [property: Description("Check-in date.")] DateOnly CheckIn,
    [property: Description("Number of nights."), Range(1, 30)] int Nights = 1,
    [property: Description("Guest e-mail addresses.")] List<string>? Guests = null);

public sealed partial class TravelTools
{
    /// <summary>Gets the weather forecast for a city.</summary>
    /// <param name="city">City name, for example "Paris".</param>
    /// <param name="days">How many days ahead, 1 to 7.</param>
    /// <param name="unit">The temperature unit.</param>
    [Tool]
    public Forecast GetForecast(string city, [Range(1, 7)] int days = 3, TemperatureUnit unit = TemperatureUnit.Celsius)
        => new(city, days, unit, Enumerable.Range(0, days).Select(i => 20.5 + i).ToList());

    /// <summary>Books a hotel.</summary>
    /// <param name="request">What to book.</param>
    [Tool(Name = "book_hotel", RequiresApproval = true)]
    public async Task<string> BookHotelAsync(HotelRequest request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return $"Booked {request.Hotel} for {request.Nights} nights from {request.CheckIn:yyyy-MM-dd}.";
    }
}
