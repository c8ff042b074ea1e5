using Microsoft.Extensions.Logging;
using ToolKit.Emulator;

namespace ToolKit.IntegrationTests.Logging;

/// <summary>
/// The agent's <see cref="AgentOptions.Logger"/> events over a real run: start and finish, failed attempts, retry
/// waits, the fallback, every tool outcome, approvals, limits and fatal failures, with structured values and no
/// content (content logging is off by default; see <see cref="ContentRecordingTests"/>).
/// </summary>
public sealed class AgentLoggingTests
{
    private const string Primary = "log/primary";
    private const string Fallback = "log/fallback";

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task Retries_a_fallback_and_every_tool_outcome_are_logged(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Script(Primary, ScriptedResponse.FromFault("503"), ScriptedResponse.FromFault("503"), ScriptedResponse.FromFault("503"));
        harness.Emulator.Script(Fallback, ScriptedResponse.FromToolCalls(
            new ScriptedToolCall("lookup", """{"key":"k1"}""", "call_lookup"),
            new ScriptedToolCall("explode", """{"reason":"boom"}""", "call_explode"),
            new ScriptedToolCall("wait_for_signal", "{}", "call_wait")));
        var log = new LogCapture();
        AgentOptions options = EmulatorHarness.Options(Primary, Fallback);
        options.Tools = [new DiagnosticTools()];
        options.ToolTimeout = TimeSpan.FromMilliseconds(300);
        options.Logger = log;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "Look it up.", mode, deadline.Token)).Completed;

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(
            [
                "RunStarted", "AttemptFailed", "RetryWait", "AttemptFailed", "RetryWait", "AttemptFailed", "Fallback", "TurnCompleted",
                "ToolStarted", "ToolStarted", "ToolStarted", "TurnCompleted", "RunFinished",
            ],
            log.Entries.Select(e => e.EventId.Name).Where(n => n is not ("ToolFinished" or "ToolFailed" or "ToolTimedOut")));

        Assert.All(log.Named("AttemptFailed"), e =>
        {
            Assert.Equal(LogLevel.Warning, e.Level);
            Assert.Equal((Primary, FailureKind.Overloaded, run.RunId), (Value(e, "Model"), Value(e, "FailureKind"), Value(e, "RunId")));
        });
        Assert.Equal([1, 2], log.Named("RetryWait").Select(e => (int)Value(e, "Retry")!));
        LogEntry fallback = Assert.Single(log.Named("Fallback"));
        Assert.Equal((Primary, Fallback, FailureKind.Overloaded), (Value(fallback, "FromModel"), Value(fallback, "ToModel"), Value(fallback, "FailureKind")));

        Assert.Equal("call_lookup", Value(Assert.Single(log.Named("ToolFinished")), "CallId"));
        LogEntry failed = Assert.Single(log.Named("ToolFailed"));
        Assert.Equal(("explode", ToolErrorKind.ToolFailed, LogLevel.Warning), (Value(failed, "ToolName"), Value(failed, "ErrorKind"), failed.Level));
        LogEntry timedOut = Assert.Single(log.Named("ToolTimedOut"));
        Assert.Equal(("wait_for_signal", 300L), (Value(timedOut, "ToolName"), Value(timedOut, "TimeoutMs")));

        LogEntry finished = Assert.Single(log.Named("RunFinished"));
        Assert.Equal((AgentRunStatus.Completed, 2, 3), (Value(finished, "Status"), Value(finished, "Turns"), Value(finished, "ToolCalls")));
        Assert.Equal(run.Usage.CostUsd, Value(finished, "CostUsd"));

        // No content: not the tool arguments, not the exception message the model saw, not the answer.
        Assert.All(log.Entries, e => Assert.DoesNotContain("boom", e.AllText));
        Assert.All(log.Entries, e => Assert.DoesNotContain("k1", e.AllText));
    }

    [Fact]
    public async Task An_approval_pause_is_logged_with_the_tool_names()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        var log = new LogCapture();
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary);
        options.Tools = [new BookingTools()];
        options.Logger = log;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = await new Agent(harness.NewClient(), options).RunAsync("Book the hotel \"Ritz\" in Paris.", deadline.Token);

        Assert.Equal(AgentRunStatus.AwaitingApproval, run.Status);
        LogEntry approval = Assert.Single(log.Named("ApprovalRequired"));
        Assert.Equal((1, "book_hotel"), (Value(approval, "Count"), Value(approval, "ToolNames")));
        Assert.Equal(AgentRunStatus.AwaitingApproval, Value(Assert.Single(log.Named("RunFinished")), "Status"));
        Assert.DoesNotContain(log.Entries, e => e.AllText.Contains("Ritz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_limit_is_logged_with_what_the_agent_does_about_it()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Script("log/looper", ScriptedResponse.FromToolCalls(new ScriptedToolCall("lookup", """{"key":"k"}""")), ScriptedResponse.FromText("Done."));
        var log = new LogCapture();
        AgentOptions options = EmulatorHarness.Options("log/looper");
        options.Tools = [new DiagnosticTools()];
        options.Limits = options.Limits with { MaxTurns = 1 };
        options.Logger = log;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = await new Agent(harness.NewClient(), options).RunAsync("Look it up.", deadline.Token);

        Assert.Equal("turns", run.LimitReached);
        LogEntry limit = Assert.Single(log.Named("LimitReached"));
        Assert.Equal(("turns", 1, LogLevel.Warning), (Value(limit, "Limit"), Value(limit, "Turns"), limit.Level));
        Assert.Contains("tool_choice none", (string)Value(limit, "Action")!);
        LogEntry finished = Assert.Single(log.Named("RunFinished"));
        Assert.Equal((AgentRunStatus.Partial, "turns"), (Value(finished, "Status"), Value(finished, "LimitReached")));
    }

    [Fact]
    public async Task A_fatal_failure_is_logged_as_an_error_with_its_kind()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, "401");
        var log = new LogCapture();
        AgentOptions options = EmulatorHarness.Options();
        options.Logger = log;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        await Assert.ThrowsAsync<AgentRunException>(() => new Agent(harness.NewClient(), options).RunAsync("Hello", deadline.Token));

        LogEntry failed = Assert.Single(log.Named("RunFailed"));
        Assert.Equal((LogLevel.Error, FailureKind.Unauthorized), (failed.Level, Value(failed, "FailureKind")));
        Assert.Empty(log.Named("RunFinished"));
        Assert.Empty(log.Named("Fallback"));
    }

    private static object? Value(LogEntry entry, string name) => entry.State.Single(kv => kv.Key == name).Value;
}
