using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceAgent;
using ToolKit.Samples.Tests.Support;

namespace ToolKit.Samples.Tests;

/// <summary>The ServiceAgent sample started for real on a free loopback port, called over HTTP like any client.</summary>
public sealed class ServiceAgentTests
{
    private const string Question = "What's the weather in Paris in celsius, and how much is 250 EUR in USD?";

    [Fact]
    public async Task Ask_streams_the_fallback_the_tool_calls_and_a_finished_run_whose_answer_is_built_from_the_tool_results()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var logs = new CapturingLoggerProvider();
        await using RunningApp app = await RunningApp.StartAsync(logs, timeout.Token);

        using HttpResponseMessage response = await app.Http.PostAsJsonAsync("/ask", new { question = Question }, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        List<(string Type, JsonElement Data)> events = await ReadEventsAsync(response, timeout.Token);

        // The app said in its log that it runs on the embedded emulator.
        Assert.Contains(logs.Lines, line => line.Contains("using the embedded OpenRouter emulator at http://127.0.0.1:", StringComparison.Ordinal));

        // appsettings.json's chain: the emulator fails the first model, and the agent falls back to the second.
        Assert.Contains(events, e => e.Type == "attempt_failed" && Text(e.Data, "model") == "anthropic/claude-sonnet-4" && Text(e.Data, "failure") == "Overloaded");
        Assert.Contains(events, e => e.Type == "fallback" && Text(e.Data, "to") == "openai/gpt-4o-mini");

        // Both tools run, with arguments from the question, before the answer.
        JsonElement weather = Arguments(events, "get_weather");
        Assert.Equal("Paris", Text(weather, "city"));
        Assert.Equal("celsius", Text(weather, "unit"));
        JsonElement currency = Arguments(events, "convert_currency");
        Assert.Equal(250m, currency.GetProperty("amount").GetDecimal());
        Assert.Equal("eur", Text(currency, "from"));
        string[] results = events.Where(e => e.Type == "tool_call_completed").Select(e => Text(e.Data, "content")!).ToArray();
        Assert.Equal(2, results.Length);
        Assert.DoesNotContain(events, e => e.Type == "tool_call_completed" && e.Data.TryGetProperty("error", out _));

        // The last event is the finished run; its answer quotes both tool results (250 EUR is 270 USD at the sample's rate).
        (string type, JsonElement finished) = events[^1];
        Assert.Equal("run_finished", type);
        Assert.Equal("Completed", Text(finished, "status"));
        string output = Text(finished, "output")!;
        Assert.All(results, result => Assert.Contains(result, output));
        Assert.Contains("\"converted\":270", output);
        Assert.Contains("\"city\":\"Paris\"", output);
        Assert.True(events.FindIndex(e => e.Type == "tool_call_completed") < events.FindIndex(e => e.Type == "text_delta"));
    }

    [Fact]
    public async Task A_blank_question_is_a_validation_problem_not_a_stream()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using RunningApp app = await RunningApp.StartAsync(new CapturingLoggerProvider(), timeout.Token);

        using HttpResponseMessage response = await app.Http.PostAsJsonAsync("/ask", new { question = "  " }, timeout.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A question is required.", await response.Content.ReadAsStringAsync(timeout.Token));
    }

    private static async Task<List<(string Type, JsonElement Data)>> ReadEventsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var events = new List<(string, JsonElement)>();
        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (SseItem<string> item in SseParser.Create(body).EnumerateAsync(cancellationToken))
        {
            events.Add((item.EventType, JsonDocument.Parse(item.Data).RootElement.Clone()));
        }

        return events;
    }

    private static JsonElement Arguments(List<(string Type, JsonElement Data)> events, string tool)
    {
        (_, JsonElement started) = Assert.Single(events, e => e.Type == "tool_call_started" && Text(e.Data, "tool") == tool);
        return JsonDocument.Parse(Text(started, "arguments")!).RootElement.Clone();
    }

    private static string? Text(JsonElement data, string property) =>
        data.TryGetProperty(property, out JsonElement value) ? value.GetString() : null;

    /// <summary>The real app on 127.0.0.1 with a port the OS picked, and a client for it.</summary>
    private sealed class RunningApp : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private RunningApp(WebApplication app, Uri address)
        {
            _app = app;
            Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        }

        public HttpClient Http { get; }

        public static async Task<RunningApp> StartAsync(ILoggerProvider logs, CancellationToken cancellationToken)
        {
            // UseEmulator: the test never reaches OpenRouter, even on a machine with OPENROUTER_API_KEY set.
            WebApplication app = await ServiceAgentApp.CreateAsync(
                ["--urls", "http://127.0.0.1:0", $"--{ServiceAgentApp.UseEmulatorKey}=true"],
                builder => builder.Logging.AddProvider(logs),
                cancellationToken);
            await app.StartAsync(cancellationToken);
            string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            return new RunningApp(app, new Uri(address));
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _app.StopAsync(stop.Token);
            await _app.DisposeAsync();
        }
    }
}
