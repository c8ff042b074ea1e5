using System.Diagnostics;
using System.Globalization;
using QuickStart;
using ToolKit;
#if EMBED_EMULATOR
using ToolKit.Emulator;
#endif
using ToolKit.OpenRouter;

namespace AotAgent;

/// <summary>
/// The QuickStart's agent (same chain, instructions, tools and typed output), written for a Native AOT binary: it
/// streams one answer, prints how long the process took to get it, then asks for a typed <see cref="TripPlan"/>.
/// </summary>
internal static class AotAgentApp
{
    public const string DefaultQuestion = "What's the weather in Paris in celsius, and how much is 250 EUR in USD?";

    public static readonly string[] Models = ["anthropic/claude-sonnet-4", "openai/gpt-4o-mini", "google/gemini-2.5-flash"];

    public static async Task<int> RunAsync(string question, TextWriter output, CancellationToken cancellationToken)
    {
        string? apiKey = Environment.GetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable);
        string? emulatorUrl = Environment.GetEnvironmentVariable(Endpoint.EmulatorUrlVariable);
#if EMBED_EMULATOR
        await using OpenRouterEmulator? embedded = string.IsNullOrEmpty(apiKey) && string.IsNullOrEmpty(emulatorUrl)
            ? await OpenRouterEmulator.StartAsync(new EmulatorOptions { RandomSeed = 7 }, cancellationToken)
            : null;

        // As in the QuickStart: the chain's first model fails, so the fallback shows.
        embedded?.SetModelFault(Models[0], "503");
        Endpoint? endpoint = embedded is null
            ? Choose(apiKey, emulatorUrl)
            : new Endpoint(embedded.BaseUri, embedded.ApiKey, $"the embedded OpenRouter emulator at {embedded.BaseUri} ({Models[0]} answers 503 there, to show the fallback)");
#else
        Endpoint? endpoint = Choose(apiKey, emulatorUrl);
#endif
        if (endpoint is null)
        {
            output.WriteLine($"Set {OpenRouterOptions.ApiKeyEnvironmentVariable}, or {Endpoint.EmulatorUrlVariable} to a running emulator's API root (this build has no embedded emulator).");
            return 2;
        }

        output.WriteLine($"Using {endpoint.Description}");
        using var client = new OpenRouterClient(new OpenRouterOptions { ApiKey = endpoint.ApiKey, BaseUri = endpoint.BaseUri, AppName = "ToolKit AotAgent" });
        var agent = new Agent(client, new AgentOptions
        {
            Models = Models,
            Instructions = "You are a travel assistant. Use the tools for weather and money; never guess them.",
            Tools = [new TravelTools(DateOnly.FromDateTime(DateTime.UtcNow))],
            Limits = new RunLimits { MaxTurns = 6, MaxToolCalls = 10, MaxCostUsd = 0.25m, MaxDuration = TimeSpan.FromMinutes(2) },
            Retry = new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(200) },
        });

        output.WriteLine($"> {question}");
        try
        {
            AgentRun? run = await StreamAsync(agent, question, output, cancellationToken);
            if (run is null)
            {
                return 1;
            }

            // From process start (not from Main), so runtime start-up counts: the figure docs/benchmarks.md compares.
            TimeSpan sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            output.WriteLine($"first answer after {sinceStart.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms since process start");

            AgentRun<TripPlan> planned = await agent.RunAsync<TripPlan>("Plan a 2-day trip to Rome.", cancellationToken);
            if (planned.Value is not { } plan)
            {
                output.WriteLine($"No plan ({planned.Status}).");
                return 1;
            }

            output.WriteLine($"Trip to {plan.City}: {plan.Days.Count} days, {plan.Tips.Count} tips");
            foreach (TripDay day in plan.Days)
            {
                output.WriteLine($"  Day {day.Day}: {day.Morning} / {day.Afternoon}");
            }

            return 0;
        }
        catch (AgentRunException exception)
        {
            output.WriteLine($"The run failed ({exception.Kind}): {exception.Message}");
            return 2;
        }
    }

    private static Endpoint? Choose(string? apiKey, string? emulatorUrl)
    {
        if (!string.IsNullOrEmpty(apiKey))
        {
            return new Endpoint(OpenRouterOptions.DefaultBaseUri, apiKey, "OpenRouter (OPENROUTER_API_KEY is set)");
        }

        return string.IsNullOrEmpty(emulatorUrl)
            ? null
            : new Endpoint(new Uri(emulatorUrl), Endpoint.EmulatorKey, $"the OpenRouter emulator at {emulatorUrl} ({Endpoint.EmulatorUrlVariable})");
    }

    private static async Task<AgentRun?> StreamAsync(Agent agent, string question, TextWriter output, CancellationToken cancellationToken)
    {
        AgentRun? finished = null;
        var answer = new System.Text.StringBuilder();
        await foreach (AgentEvent e in agent.RunStreamingAsync(question, cancellationToken))
        {
            switch (e)
            {
                case AttemptFailedEvent failed:
                    answer.Clear();
                    output.WriteLine($"  ! {failed.Attempt.RequestedModel} failed: {failed.Attempt.Failure}");
                    break;
                case FallbackEvent fallback:
                    output.WriteLine($"  -> falling back from {fallback.FromModel} to {fallback.ToModel}");
                    break;
                case ToolCallStartedEvent started:
                    output.WriteLine($"  tool {started.ToolName} {started.Arguments}");
                    break;
                case ToolCallCompletedEvent completed:
                    output.WriteLine($"    = {(completed.Result.IsError ? completed.Result.ErrorKind + ": " : "")}{completed.Result.Content}");
                    break;
                case TextDeltaEvent text:
                    answer.Append(text.Text);
                    break;
                case RunFinishedEvent done:
                    finished = done.Run;
                    break;
            }
        }

        if (finished is null)
        {
            return null;
        }

        output.WriteLine($"  answer: {answer}");
        string served = finished.Attempts.LastOrDefault(a => a.Succeeded)?.ServedModel ?? "?";
        output.WriteLine($"Run {finished.Status}: served by {served}, {finished.Usage.TotalTokens} tokens, {finished.Attempts.Count} attempts");
        return finished;
    }
}
