namespace ToolKit.Docs.Tests.Snippets.ToolsDoc;

/// <summary>A forecast, as docs/tools.md's GetForecastAsync returns it.</summary>
/// <param name="City">The city.</param>
/// <param name="Highs">Daily highs.</param>
public sealed record Forecast(string City, IReadOnlyList<int> Highs);

/// <summary>A hotel booking request.</summary>
/// <param name="Hotel">The hotel's name.</param>
/// <param name="CheckIn">The arrival day.</param>
/// <param name="Nights">How many nights.</param>
public sealed record HotelRequest(string Hotel, DateOnly CheckIn, int Nights);

/// <summary>A booking.</summary>
/// <param name="Reference">The booking reference.</param>
/// <param name="Hotel">The hotel.</param>
/// <param name="Nights">How many nights.</param>
public sealed record BookingResult(string Reference, string Hotel, int Nights);

/// <summary>Where the snippet's forecasts come from: made up, so tests can run it offline.</summary>
public static class Forecasts
{
    public static async Task<Forecast> ReadAsync(string city, int days, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return new Forecast(city, Enumerable.Range(20, days).ToArray());
    }
}

/// <summary>The static tool class docs/tools.md combines with TravelTools.</summary>
public static partial class MathTools
{
    /// <summary>Adds two numbers.</summary>
    /// <param name="a">The first number.</param>
    /// <param name="b">The second number.</param>
    [Tool]
    public static double Add(double a, double b) => a + b;
}
