namespace ToolKit.IntegrationTests.AtMostOnce;

/// <summary>
/// A tool runs, then the model's next turn fails fatally for a reason the caller can fix (credits run out, the key is
/// revoked). The exception's state, through JSON, resumes in a fresh agent and client once the cause is fixed: the
/// model gets the tool's result from the transcript and the tool never runs again.
/// </summary>
public sealed class ResumeAfterModelFailureTests
{
    private const string Prompt = "Charge the card 25 dollars for the booking.";

    public static TheoryData<RunMode, FailureKind> Cases => new()
    {
        { RunMode.NonStreaming, FailureKind.InsufficientCredits },
        { RunMode.Streaming, FailureKind.InsufficientCredits },
        { RunMode.NonStreaming, FailureKind.Unauthorized },
        { RunMode.Streaming, FailureKind.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Resuming_after_a_fatal_model_failure_never_runs_the_tool_again(RunMode mode, FailureKind cause)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        var tools = new PaymentTools { AfterCharge = () => Break(harness, cause) };
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary);
        options.Tools = [tools];
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        RunOutcome failed = await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), Prompt, mode, deadline.Token);

        AgentRunException failure = failed.Failure ?? throw new Xunit.Sdk.XunitException("expected the second turn to fail");
        Assert.Equal(cause, failure.Kind);
        Assert.Equal(1, tools.Charges);
        Assert.Equal("Charged 25 dollars", failure.Messages.Single(m => m.Role == ChatRole.Tool).Content);
        string saved = failure.State.ToJson();

        // The operator fixes the cause; a new process resumes from the saved JSON.
        Fix(harness, cause);
        tools.AfterCharge = null;
        AgentOptions freshOptions = EmulatorHarness.Options(EmulatorHarness.Primary);
        freshOptions.Tools = [tools];
        var freshAgent = new Agent(harness.NewClient(), freshOptions);
        RunOutcome resumed = await AgentDriver.ResumeAsync(freshAgent, AgentRunState.FromJson(saved), null, mode, deadline.Token);

        AgentRun run = resumed.Completed;
        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(1, tools.Charges);
        Assert.Contains("charge_card returned: Charged 25 dollars", run.Output);
        Assert.Equal(failure.State.RunId, run.RunId);
        Assert.Single(run.Messages, m => m.Role == ChatRole.Tool);
        Assert.Equal(
            [(1, (FailureKind?)null), (2, cause), (2, null)],
            run.Attempts.Select(a => (a.Turn, a.Failure)));
        if (mode == RunMode.Streaming)
        {
            Assert.Empty(resumed.Events.OfType<ToolCallStartedEvent>());
        }
    }

    // Runs inside the tool: the next request is the one that fails.
    private static void Break(EmulatorHarness harness, FailureKind cause)
    {
        if (cause == FailureKind.InsufficientCredits)
        {
            harness.Emulator.TotalCredits = harness.Emulator.TotalUsage;
        }
        else
        {
            harness.Emulator.Options.ApiKeys.Remove(harness.ApiKey);
        }
    }

    private static void Fix(EmulatorHarness harness, FailureKind cause)
    {
        if (cause == FailureKind.InsufficientCredits)
        {
            harness.Emulator.TotalCredits = harness.Emulator.TotalUsage + 10m;
        }
        else
        {
            harness.Emulator.Options.ApiKeys.Add(harness.ApiKey);
        }
    }
}
