using System.Globalization;
using ToolKit;
using ToolKit.Chat;
using ToolKit.Emulator;
using ToolKit.OpenRouter;

namespace QuickStart;

/// <summary>
/// The QuickStart: a travel assistant with generated tools and a fallback chain. With no
/// <c>OPENROUTER_API_KEY</c> it starts the OpenRouter emulator on loopback and makes the chain's first model fail
/// there, so the fallback is visible.
/// </summary>
public static class QuickStartApp
{
    /// <summary>The question asked when none is given on the command line.</summary>
    public const string DefaultQuestion = "What's the weather in Paris in celsius, and how much is 250 EUR in USD?";

    /// <summary>The fallback chain, tried in order.</summary>
    public static readonly string[] Models = ["anthropic/claude-sonnet-4", "openai/gpt-4o-mini", "google/gemini-2.5-flash"];

    /// <summary>Runs the assistant on <paramref name="question"/> and writes its progress to <paramref name="output"/>.</summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string question, TextWriter output, string? apiKey, CancellationToken cancellationToken = default)
    {
        await using OpenRouterEmulator? emulator = string.IsNullOrEmpty(apiKey)
            ? await OpenRouterEmulator.StartAsync(new EmulatorOptions { RandomSeed = 7 }, cancellationToken)
            : null;
        if (emulator is null)
        {
            output.WriteLine("OPENROUTER_API_KEY is set: using OpenRouter.");
        }
        else
        {
            output.WriteLine($"OPENROUTER_API_KEY is not set: using the embedded OpenRouter emulator at {emulator.BaseUri}");
            output.WriteLine($"(the emulator makes {Models[0]} answer 503, to show the fallback chain)");
            emulator.SetModelFault(Models[0], "503");
        }

        using var client = new OpenRouterClient(new OpenRouterOptions
        {
            ApiKey = apiKey ?? emulator!.ApiKey,
            BaseUri = emulator?.BaseUri ?? OpenRouterOptions.DefaultBaseUri,
            AppName = "ToolKit QuickStart",
            AppUrl = "https://github.com/toolkit-dotnet/toolkit",
        });

        var agent = new Agent(client, new AgentOptions
        {
            Models = Models,
            Instructions = "You are a travel assistant. Use the tools for weather and money; never guess them.",
            Tools = [new TravelTools(DateOnly.FromDateTime(DateTime.UtcNow))],
            Limits = new RunLimits { MaxTurns = 6, MaxToolCalls = 10, MaxCostUsd = 0.25m, MaxDuration = TimeSpan.FromMinutes(2) },
            Retry = new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(200) },
        });

        output.WriteLine();
        output.WriteLine($"> {question}");
        try
        {
            AgentRun? run = await StreamAsync(agent, question, output, cancellationToken);
            if (run is null)
            {
                return 1;
            }

            output.WriteLine();
            output.WriteLine("> Plan a 2-day trip to Rome (typed output: TripPlan)");
            AgentRun<TripPlan> planned = await agent.RunAsync<TripPlan>("Plan a 2-day trip to Rome.", cancellationToken);
            WritePlan(planned, output);
            return 0;
        }
        catch (AgentRunException exception)
        {
            output.WriteLine($"The run failed ({exception.Kind}): {exception.Message}");
            return 2;
        }
    }

    private static async Task<AgentRun?> StreamAsync(Agent agent, string question, TextWriter output, CancellationToken cancellationToken)
    {
        AgentRun? finished = null;
        bool inText = false;
        await foreach (AgentEvent e in agent.RunStreamingAsync(question, cancellationToken))
        {
            if (inText && e is not TextDeltaEvent)
            {
                output.WriteLine();
                inText = false;
            }

            switch (e)
            {
                case AttemptFailedEvent failed:
                    output.WriteLine($"  ! {failed.Attempt.RequestedModel} failed: {failed.Attempt.Failure} ({failed.Attempt.FailureMessage})");
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
                case UsageEvent usage:
                    output.WriteLine($"  turn {usage.Turn}: served by {usage.ServedModel}, {usage.TurnUsage.PromptTokens} prompt + {usage.TurnUsage.CompletionTokens} completion tokens, {Money(usage.TurnUsage.CostUsd)}");
                    break;
                case TextDeltaEvent text:
                    if (!inText)
                    {
                        output.Write("  answer: ");
                        inText = true;
                    }

                    output.Write(text.Text);
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

        output.WriteLine($"Run {finished.Status}: {finished.Usage.TotalTokens} tokens, {Money(finished.Usage.CostUsd)}, {finished.Attempts.Count} attempts");
        return finished;
    }

    private static void WritePlan(AgentRun<TripPlan> run, TextWriter output)
    {
        if (run.Value is not { } plan)
        {
            output.WriteLine($"No plan ({run.Status}).");
            return;
        }

        output.WriteLine($"Trip to {plan.City}, served by {run.Attempts.LastOrDefault(a => a.Succeeded)?.ServedModel}:");
        foreach (TripDay day in plan.Days)
        {
            output.WriteLine($"  Day {day.Day}: {day.Morning} / {day.Afternoon}");
        }

        foreach (string tip in plan.Tips)
        {
            output.WriteLine($"  Tip: {tip}");
        }

        output.WriteLine($"Plan run: {run.Usage.TotalTokens} tokens, {Money(run.Usage.CostUsd)}");
    }

    private static string Money(decimal? usd) => usd is { } value ? "$" + value.ToString("0.000000", CultureInfo.InvariantCulture) : "cost unknown";
}
