using System.Collections.Concurrent;

namespace ToolKit.IntegrationTests.Support;

/// <summary>A weather tool that counts its runs; the emulator's default model calls it for weather questions.</summary>
public sealed partial class WeatherTools
{
    private int _calls;

    /// <summary>How many times <c>get_weather</c> ran.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The city of every run, in order.</summary>
    public ConcurrentQueue<string> Cities { get; } = new();

    /// <summary>Runs inside the tool after its work is done: tests use it to break the model for the next turn.</summary>
    public Action? AfterCall { get; set; }

    /// <summary>Gets the weather forecast for a city.</summary>
    /// <param name="city">The city, for example "Paris".</param>
    [Tool]
    public string GetWeather(string city = "Paris")
    {
        Interlocked.Increment(ref _calls);
        Cities.Enqueue(city);
        AfterCall?.Invoke();
        return $"Sunny and 21 degrees in {city}";
    }
}
