using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ToolKit;

// Binds, runs and writes results for generated tools under Native AOT, and prints what the model would see.
IToolSet tools = ToolSet.Combine(new WeatherTools(), MathTools.ToolSet);
foreach (ToolDefinition definition in tools.Definitions)
{
    Console.WriteLine($"schema {definition.Name} {definition.ParametersSchemaText}");
}

string[][] calls =
[
    ["get_forecast", """{"city":"Paris","days":2,"unit":"fahrenheit","window":{"from":"2025-06-01","nights":2}}"""],
    ["get_forecast", """{"city":"Paris","days":9}"""],
    ["add", "\"{\\\"a\\\":2,\\\"b\\\":3.5}\""],
    ["divide", """{"a":1,"b":0}"""],
    ["missing_tool", "{}"],
];
foreach (string[] call in calls)
{
    ToolResult result = await tools.InvokeAsync(new ToolCall("call_1", call[0], call[1]), new ToolContext("call_1", call[0]));
    Console.WriteLine($"result {call[0]} {result.ErrorKind} {result.Content.ReplaceLineEndings(" | ")}");
}

// Results must parse back: the writer produced real JSON.
ToolResult ok = await tools.InvokeAsync(new ToolCall("c", "get_forecast", """{"city":"Rome"}"""), new ToolContext("c", "get_forecast"));
using JsonDocument parsed = JsonDocument.Parse(ok.Content);
Console.WriteLine($"parsed city={parsed.RootElement.GetProperty("city").GetString()}");

/// <summary>Temperature unit.</summary>
public enum Unit
{
    /// <summary>Celsius.</summary>
    Celsius,

    /// <summary>Fahrenheit.</summary>
    Fahrenheit,
}

/// <summary>A stay window.</summary>
/// <param name="From">First night.</param>
/// <param name="Nights">Number of nights.</param>
public sealed record StayWindow(DateOnly From, int Nights = 1);

/// <summary>A forecast.</summary>
/// <param name="City">City.</param>
/// <param name="Days">Days.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Highs">Daily highs.</param>
public sealed record Forecast(string City, int Days, Unit Unit, double[] Highs);

public sealed partial class WeatherTools
{
    /// <summary>Gets the forecast for a city.</summary>
    /// <param name="city">City name.</param>
    /// <param name="days">Days ahead.</param>
    /// <param name="unit">The temperature unit.</param>
    /// <param name="window">Optional stay window.</param>
    [Tool]
    public Forecast GetForecast(string city, [Range(1, 7)] int days = 3, Unit unit = Unit.Celsius, StayWindow? window = null) =>
        new(city, days, unit, Enumerable.Range(0, days).Select(i => 20.0 + i).ToArray());
}

public static partial class MathTools
{
    /// <summary>Adds two numbers.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    [Tool]
    public static double Add(double a, double b) => a + b;

    /// <summary>Divides two integers.</summary>
    /// <param name="a">Dividend.</param>
    /// <param name="b">Divisor.</param>
    [Tool]
    public static Task<int> DivideAsync(int a, int b) => Task.FromResult(a / b);
}
