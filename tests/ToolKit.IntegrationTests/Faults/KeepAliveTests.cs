namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// A slow first token is not a stall: while the model thinks, the emulator sends <c>: OPENROUTER PROCESSING</c>
/// comments, which keep the client's own <see cref="ToolKit.OpenRouter.OpenRouterOptions.Timeout"/> from firing on a
/// stream. A JSON response has no such comments, so the same delay is a timeout there (retried once, then the next model).
/// </summary>
public sealed class KeepAliveTests
{
    private const string Spec = "slow-first-token;delay=4500";
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_stream_that_keeps_sending_keep_alive_comments_is_waited_for()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, Spec);
        var agent = new Agent(harness.NewClient(ClientTimeout), EmulatorHarness.Options());
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(agent, "Hello there", RunMode.Streaming, deadline.Token)).Completed;

        ModelAttempt attempt = Assert.Single(run.Attempts);
        Assert.Equal((EmulatorHarness.Primary, EmulatorHarness.PrimaryServed, (FailureKind?)null), (attempt.RequestedModel, attempt.ServedModel, attempt.Failure));
        Assert.Contains("You said: Hello there", run.Output);
    }

    [Fact]
    public async Task The_same_delay_without_keep_alives_times_out_in_the_client_and_the_next_model_answers()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, Spec);
        var agent = new Agent(harness.NewClient(ClientTimeout), EmulatorHarness.Options());
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(agent, "Hello there", RunMode.NonStreaming, deadline.Token)).Completed;

        Assert.Equal(
            [(EmulatorHarness.Primary, (FailureKind?)FailureKind.Timeout), (EmulatorHarness.Primary, FailureKind.Timeout), (EmulatorHarness.Fallback, null)],
            run.Attempts.Select(a => (a.RequestedModel, a.Failure)));
        Assert.All(run.Attempts.Take(2), a => Assert.Contains("timed out", a.FailureMessage));
    }
}
