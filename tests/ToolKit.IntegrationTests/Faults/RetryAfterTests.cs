namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// A 429's Retry-After over the wire: the agent waits exactly what the emulator asked for instead of its own backoff,
/// and moves to the next model at once when the wait would exceed <see cref="RetryOptions.MaxDelay"/>. The waits are
/// read from the timers the agent created on its clock, not measured.
/// </summary>
public sealed class RetryAfterTests
{
    private const string Prompt = "Hello there";

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task The_retry_waits_the_Retry_After_seconds_and_the_same_model_then_answers(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, "429;times=1;retry-after=1");
        var clock = new RecordingTimeProvider();
        var log = new LogCapture();
        AgentOptions options = EmulatorHarness.Options();
        options.TimeProvider = clock;
        options.Logger = log;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), Prompt, mode, deadline.Token)).Completed;

        Assert.Equal([(EmulatorHarness.Primary, (FailureKind?)FailureKind.RateLimited), (EmulatorHarness.Primary, null)],
            run.Attempts.Select(a => (a.RequestedModel, a.Failure)));
        Assert.Contains(TimeSpan.FromSeconds(1), clock.DueTimes);
        Assert.DoesNotContain(clock.DueTimes, d => d < TimeSpan.FromSeconds(1) && d > TimeSpan.Zero);
        LogEntry wait = Assert.Single(log.Named("RetryWait"));
        Assert.Equal((1000L, true), (wait.State.Single(kv => kv.Key == "DelayMs").Value, wait.State.Single(kv => kv.Key == "FromRetryAfter").Value));
    }

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task A_Retry_After_longer_than_MaxDelay_is_not_waited_for_the_next_model_answers(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, "429;retry-after=45");
        var clock = new RecordingTimeProvider();
        AgentOptions options = EmulatorHarness.Options();
        options.TimeProvider = clock;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), Prompt, mode, deadline.Token)).Completed;

        Assert.Equal([(EmulatorHarness.Primary, (FailureKind?)FailureKind.RateLimited), (EmulatorHarness.Fallback, null)],
            run.Attempts.Select(a => (a.RequestedModel, a.Failure)));
        Assert.Equal(EmulatorHarness.FallbackServed, run.Attempts[1].ServedModel);
        Assert.DoesNotContain(TimeSpan.FromSeconds(45), clock.DueTimes);
    }
}
