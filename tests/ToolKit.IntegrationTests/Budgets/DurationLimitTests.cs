namespace ToolKit.IntegrationTests.Budgets;

/// <summary>
/// <see cref="RunLimits.MaxDuration"/> over the wire: a response that stalls past the run's deadline (and within the
/// request timeout, so no retry logic is involved) is cut off there, and the run returns a partial result marked
/// <c>duration</c> instead of waiting for the stream.
/// </summary>
public sealed class DurationLimitTests
{
    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task A_stall_longer_than_MaxDuration_ends_the_run_at_its_deadline_as_partial(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync(o => o.StallDelay = TimeSpan.FromSeconds(20));
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, "stall");
        AgentOptions options = EmulatorHarness.Options();
        options.Limits = options.Limits with { MaxDuration = TimeSpan.FromSeconds(1) };
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "Hello there", mode, deadline.Token)).Completed;

        Assert.Equal((AgentRunStatus.Partial, true, "duration"), (run.Status, run.IsPartial, run.LimitReached));
        Assert.Null(run.Output);
        Assert.DoesNotContain(run.Attempts, a => a.RequestedModel == EmulatorHarness.Fallback);
    }
}
