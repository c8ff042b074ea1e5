namespace ToolKit.Hosting.Tests.Support;

/// <summary>Where the forecasts come from: a service the tool class gets from DI.</summary>
public sealed class ForecastSource
{
    public string Sky { get; init; } = "sunny";

    public int Calls { get; set; }
}

/// <summary>Tools built by the container: the constructor takes a registered service.</summary>
public sealed partial class WeatherTools(ForecastSource source)
{
    /// <summary>Gets the weather forecast for a city.</summary>
    /// <param name="city">The city, for example "Paris".</param>
    [Tool]
    public string GetWeather(string city)
    {
        source.Calls++;
        return $"{source.Sky} in {city}";
    }
}

/// <summary>A tool that reads a service through [FromServices], which needs AgentOptions.Services.</summary>
public static partial class ClockTools
{
    /// <summary>Tells the current time in a city.</summary>
    /// <param name="city">The city, for example "Paris".</param>
    /// <param name="clock">From DI.</param>
    [Tool]
    public static string GetTime(string city, [FromServices] TimeProvider clock) =>
        $"{clock.GetUtcNow():yyyy-MM-dd} in {city}";
}
