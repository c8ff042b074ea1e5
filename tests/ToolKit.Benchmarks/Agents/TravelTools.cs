using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace ToolKit.Benchmarks.Agents;

/// <summary>Temperature units.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TemperatureUnit>))]
public enum TemperatureUnit
{
    /// <summary>Degrees Celsius.</summary>
    [JsonStringEnumMemberName("celsius")]
    Celsius,

    /// <summary>Degrees Fahrenheit.</summary>
    [JsonStringEnumMemberName("fahrenheit")]
    Fahrenheit,
}

/// <summary>Currencies the converter knows.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Currency>))]
public enum Currency
{
    /// <summary>Euro.</summary>
    [JsonStringEnumMemberName("eur")]
    Eur,

    /// <summary>US dollar.</summary>
    [JsonStringEnumMemberName("usd")]
    Usd,

    /// <summary>Pound sterling.</summary>
    [JsonStringEnumMemberName("gbp")]
    Gbp,
}

/// <summary>One day of a forecast.</summary>
public sealed record DailyForecast(
    [property: Description("The day.")] DateOnly Date,
    [property: Description("The high temperature.")] double High,
    [property: Description("The low temperature.")] double Low,
    [property: Description("The sky, in a few words.")] string Summary);

/// <summary>A weather forecast.</summary>
public sealed record Forecast(
    [property: Description("The city.")] string City,
    [property: Description("The unit of the temperatures.")] TemperatureUnit Unit,
    [property: Description("One entry per day.")] IReadOnlyList<DailyForecast> Days);

/// <summary>The result of a currency conversion.</summary>
public sealed record Conversion(
    [property: Description("The amount converted.")] decimal Amount,
    [property: Description("The source currency.")] Currency From,
    [property: Description("The target currency.")] Currency To,
    [property: Description("Units of the target currency per unit of the source.")] decimal Rate,
    [property: Description("The converted amount.")] decimal Converted);

/// <summary>
/// The two tools of the agent-run benchmark. The methods are written once: ToolKit's generator reads them through
/// <c>[Tool]</c>, and the Microsoft.Extensions.AI side wraps the same methods of the same instance with
/// <c>AIFunctionFactory.Create</c>, so both sides run exactly the same logic. Descriptions are attributes, which both
/// read. Every call is counted, so a run can be checked to have called both tools.
/// </summary>
public sealed partial class TravelTools
{
    /// <summary>The tool names both sides use.</summary>
    public const string WeatherTool = "get_weather";

    /// <summary>The tool names both sides use.</summary>
    public const string CurrencyTool = "convert_currency";

    private static readonly string[] Skies = ["sunny", "partly cloudy", "light rain", "clear", "windy"];
    private static readonly DateOnly Today = new(2025, 12, 2);
    private long _calls;

    /// <summary>How many tool calls have run.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    [Tool]
    [Description("Gets the weather forecast for a city.")]
    public Forecast GetWeather(
        [Description("The city, for example \"Paris\".")] string city,
        [Description("The temperature unit.")] TemperatureUnit unit = TemperatureUnit.Celsius,
        [Description("How many days ahead, 1 to 7.")][Range(1, 7)] int days = 3)
    {
        Interlocked.Increment(ref _calls);
        var result = new DailyForecast[days];
        int seed = city.Length * 7;
        for (int i = 0; i < days; i++)
        {
            double high = 12 + ((seed + (i * 5)) % 11);
            double low = high - 6;
            if (unit == TemperatureUnit.Fahrenheit)
            {
                high = (high * 9 / 5) + 32;
                low = (low * 9 / 5) + 32;
            }

            result[i] = new DailyForecast(Today.AddDays(i), high, low, Skies[(seed + i) % Skies.Length]);
        }

        return new Forecast(city, unit, result);
    }

    [Tool]
    [Description("Converts an amount of money from one currency to another at today's rate.")]
    public Conversion ConvertCurrency(
        [Description("The amount to convert.")] decimal amount,
        [Description("The source currency.")] Currency from,
        [Description("The target currency.")] Currency to)
    {
        Interlocked.Increment(ref _calls);
        decimal rate = UsdPerUnit(from) / UsdPerUnit(to);
        return new Conversion(amount, from, to, decimal.Round(rate, 6), decimal.Round(amount * rate, 2));
    }

    private static decimal UsdPerUnit(Currency currency) => currency switch
    {
        Currency.Eur => 1.085m,
        Currency.Gbp => 1.27m,
        _ => 1m,
    };
}
