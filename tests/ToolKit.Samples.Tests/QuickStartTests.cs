using System.Text.Json;
using QuickStart;

namespace ToolKit.Samples.Tests;

/// <summary>The main job, run as a new user would: no API key, so on the embedded emulator.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public async Task Without_an_api_key_the_quickstart_runs_on_the_emulator_falls_back_calls_the_tools_and_answers_from_their_results()
    {
        var output = new StringWriter();

        int exitCode = await QuickStartApp.RunAsync(QuickStartApp.DefaultQuestion, output, apiKey: null)
            .WaitAsync(TimeSpan.FromMinutes(3));

        string text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("OPENROUTER_API_KEY is not set: using the embedded OpenRouter emulator at http://127.0.0.1:", text);

        // The first model of the chain fails on the emulator and the agent moves on.
        Assert.Contains($"! {QuickStartApp.Models[0]} failed: Overloaded", text);
        Assert.Contains($"-> falling back from {QuickStartApp.Models[0]} to {QuickStartApp.Models[1]}", text);
        Assert.Contains($"served by {QuickStartApp.Models[1]}", text);

        // Both tools are called with arguments taken from the question.
        string weatherArguments = ToolArguments(text, "get_weather");
        string currencyArguments = ToolArguments(text, "convert_currency");
        using (JsonDocument weather = JsonDocument.Parse(weatherArguments))
        {
            Assert.Equal("Paris", weather.RootElement.GetProperty("city").GetString());
            Assert.Equal("celsius", weather.RootElement.GetProperty("unit").GetString());
        }

        using (JsonDocument currency = JsonDocument.Parse(currencyArguments))
        {
            Assert.Equal(250m, currency.RootElement.GetProperty("amount").GetDecimal());
            Assert.Equal("eur", currency.RootElement.GetProperty("from").GetString());
            Assert.Equal("usd", currency.RootElement.GetProperty("to").GetString());
        }

        // The final answer, streamed after the tool calls, is built from their results: 250 EUR at the sample's
        // rate is 270 USD, and the forecast is for Paris.
        string answer = text[(text.IndexOf("  answer: ", StringComparison.Ordinal) + 10)..text.IndexOf("Run Completed:", StringComparison.Ordinal)];
        Assert.Contains("\"converted\":270", answer);
        Assert.Contains("\"city\":\"Paris\"", answer);

        // The typed output binds to TripPlan, with the city from the prompt.
        Assert.Contains("Trip to Rome, served by ", text);
        Assert.Contains("  Day ", text);
    }

    private static string ToolArguments(string output, string tool)
    {
        string prefix = $"  tool {tool} ";
        string line = output.Split('\n').First(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line[prefix.Length..].Trim();
    }
}
