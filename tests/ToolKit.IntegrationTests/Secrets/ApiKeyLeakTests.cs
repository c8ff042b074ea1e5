using ToolKit.OpenRouter;

namespace ToolKit.IntegrationTests.Secrets;

/// <summary>
/// The API key never leaves the Authorization header: after failing runs of every kind (including a server that
/// echoes the key in its error message, and a rejected key), it appears in no exception text, attempt record, saved
/// state, streamed event, log line (with content logging on, the widest setting), span or metric of any source.
/// </summary>
public sealed class ApiKeyLeakTests
{
    private static readonly string[] Faults =
    [
        "401", "402", "400", "413", "422", "403", "404", "408", "429;retry-after=0", "500", "502", "503", "524", "529",
        "context-too-long", "choice-error", "content-filter", "empty-choices", "stream-error", "reset", "truncated", "stall",
    ];

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task The_key_appears_in_no_exception_log_span_or_metric(RunMode mode)
    {
        using var telemetry = new TelemetryCapture();
        var log = new LogCapture();
        var emulatorLog = new StringWriter();
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync(o => o.Log = TextWriter.Synchronized(emulatorLog));
        string rejectedKey = "sk-or-v1-rejected-" + Guid.NewGuid().ToString("N");
        var texts = new List<string>();
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        // A server that echoes the key back in its error message: the client must redact it.
        string[] faults = [.. Faults, $"400;message=Invalid key {harness.ApiKey} for this request"];
        foreach (string fault in faults)
        {
            harness.Emulator.Reset();
            harness.Emulator.SetModelFault(EmulatorHarness.Primary, fault);
            RunOutcome outcome = await AgentDriver.RunAsync(NewAgent(harness.NewClient(), log), "What's the weather in Paris?", mode, deadline.Token);
            Collect(outcome, texts);
            Assert.NotNull(outcome.Failure);
        }

        // A key the server does not know: a real 401.
        harness.Emulator.Reset();
        RunOutcome rejected = await AgentDriver.RunAsync(NewAgent(harness.NewClient(apiKey: rejectedKey), log), "Hello", mode, deadline.Token);
        Assert.Equal(FailureKind.Unauthorized, rejected.Failure?.Kind);
        Collect(rejected, texts);

        // And a run that works, content and all.
        Collect(await AgentDriver.RunAsync(NewAgent(harness.NewClient(), log), "What's the weather in Paris?", mode, deadline.Token), texts);

        texts.AddRange(log.Entries.Select(e => e.AllText));
        texts.AddRange(telemetry.AllText());
        texts.Add(emulatorLog.ToString());

        // The search covered real material: every failure kind, the redaction marker, and spans of the agent and HttpClient.
        string all = string.Join("\n", texts);
        Assert.Contains("[REDACTED]", all);
        Assert.Contains("User not found.", all);
        Assert.Contains(AgentTelemetry.Name, telemetry.SourceNames);
        Assert.Contains("System.Net.Http", telemetry.SourceNames);
        Assert.NotEmpty(log.Entries);

        Assert.DoesNotContain(harness.ApiKey, all, StringComparison.Ordinal);
        Assert.DoesNotContain(rejectedKey, all, StringComparison.Ordinal);
    }

    private static Agent NewAgent(OpenRouterClient client, LogCapture log)
    {
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary);
        options.Tools = [new WeatherTools()];
        options.Logger = log;
        options.RecordContentInTelemetry = true;
        options.Retry = options.Retry with { RequestTimeout = TimeSpan.FromSeconds(2) };
        return new Agent(client, options);
    }

    private static void Collect(RunOutcome outcome, List<string> texts)
    {
        if (outcome.Failure is { } failure)
        {
            texts.Add(failure.ToString());
            texts.Add(failure.State.ToJson());
            for (Exception? inner = failure.InnerException; inner is not null; inner = inner.InnerException)
            {
                texts.Add(inner.ToString());
                if (inner is OpenRouterException openRouter)
                {
                    texts.Add($"{openRouter.ErrorCode} {openRouter.ErrorMessage} {openRouter.Raw} {openRouter.FlaggedInput}");
                    texts.AddRange(openRouter.Metadata?.Select(kv => $"{kv.Key}={kv.Value.GetRawText()}") ?? []);
                }
            }
        }

        if (outcome.Run is { } run)
        {
            texts.Add(run.State.ToJson());
        }

        texts.AddRange(outcome.Attempts.Select(a => a.ToString()));
        texts.AddRange(outcome.Events.Select(e => e.ToString()));
    }
}
