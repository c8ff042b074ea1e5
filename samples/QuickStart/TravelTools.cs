using System.ComponentModel.DataAnnotations;
using ToolKit;

namespace QuickStart;

/// <summary>Temperature units.</summary>
public enum TemperatureUnit
{
    /// <summary>Degrees Celsius.</summary>
    Celsius,

    /// <summary>Degrees Fahrenheit.</summary>
    Fahrenheit,
}

/// <summary>Currencies the converter knows.</summary>
public enum Currency
{
    /// <summary>Euro.</summary>
    Eur,

    /// <summary>US dollar.</summary>
    Usd,

    /// <summary>Pound sterling.</summary>
    Gbp,

    /// <summary>Japanese yen.</summary>
    Jpy,
}

/// <summary>One day of a forecast.</summary>
/// <param name="Date">The day.</param>
/// <param name="High">The high temperature.</param>
/// <param name="Low">The low temperature.</param>
/// <param name="Summary">The sky, in a few words.</param>
public sealed record DailyForecast(DateOnly Date, double High, double Low, string Summary);

/// <summary>A weather forecast.</summary>
/// <param name="City">The city.</param>
/// <param name="Unit">The unit of the temperatures.</param>
/// <param name="Days">One entry per day.</param>
public sealed record Forecast(string City, TemperatureUnit Unit, IReadOnlyList<DailyForecast> Days);

/// <summary>The result of a currency conversion.</summary>
/// <param name="Amount">The amount converted.</param>
/// <param name="From">The source currency.</param>
/// <param name="To">The target currency.</param>
/// <param name="Rate">Units of the target currency per unit of the source.</param>
/// <param name="Converted">The converted amount.</param>
public sealed record Conversion(decimal Amount, Currency From, Currency To, decimal Rate, decimal Converted);

/// <summary>
/// The travel assistant's tools. The data is made up and deterministic, so the sample runs offline; a real app would
/// call weather and exchange-rate APIs here.
/// </summary>
public sealed partial class TravelTools
{
    private static readonly string[] Skies = ["sunny", "partly cloudy", "light rain", "clear", "windy"];

    private static readonly Dictionary<Currency, decimal> UsdPerUnit = new()
    {
        [Currency.Usd] = 1m,
        [Currency.Eur] = 1.08m,
        [Currency.Gbp] = 1.27m,
        [Currency.Jpy] = 0.0067m,
    };

    private readonly DateOnly _today;

    /// <summary>Creates the tools; <paramref name="today"/> fixes the forecast dates.</summary>
    public TravelTools(DateOnly today) => _today = today;

    /// <summary>Gets the weather forecast for a city.</summary>
    /// <param name="city">The city, for example "Paris".</param>
    /// <param name="unit">The temperature unit.</param>
    /// <param name="days">How many days ahead, 1 to 7.</param>
    [Tool(Idempotent = true)]
    public Forecast GetWeather(string city, TemperatureUnit unit = TemperatureUnit.Celsius, [Range(1, 7)] int days = 3)
    {
        int seed = city.ToUpperInvariant().Sum(c => c);
        var forecast = new List<DailyForecast>();
        for (int day = 0; day < days; day++)
        {
            double high = 18 + ((seed + (day * 7)) % 9);
            double low = high - 6 - ((seed + day) % 3);
            if (unit == TemperatureUnit.Fahrenheit)
            {
                (high, low) = ((high * 9 / 5) + 32, (low * 9 / 5) + 32);
            }

            forecast.Add(new DailyForecast(_today.AddDays(day), high, low, Skies[(seed + day) % Skies.Length]));
        }

        return new Forecast(city, unit, forecast);
    }

    /// <summary>Converts an amount of money from one currency to another at today's rate.</summary>
    /// <param name="amount">The amount to convert.</param>
    /// <param name="from">The currency of the amount.</param>
    /// <param name="to">The currency to convert to.</param>
    [Tool(Idempotent = true)]
    public Conversion ConvertCurrency([Range(0, 1_000_000_000)] decimal amount, Currency from, Currency to)
    {
        decimal rate = Math.Round(UsdPerUnit[from] / UsdPerUnit[to], 6);
        return new Conversion(amount, from, to, rate, Math.Round(amount * rate, 2));
    }
}
