namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// A real context-length error, not an injected one: the emulator's 256-token model rejects a long prompt with
/// OpenRouter's 400, the agent moves to the next model, and does not try the small model again in the run.
/// </summary>
public sealed class ContextLengthTests
{
    private const string SmallContext = "emulator/small-context";

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task A_prompt_over_the_context_length_moves_to_a_larger_model_for_the_rest_of_the_run(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        var tools = new WeatherTools();
        AgentOptions options = EmulatorHarness.Options(SmallContext, EmulatorHarness.Fallback);
        options.Tools = [tools];
        string prompt = "What's the weather in Paris? " + string.Concat(Enumerable.Repeat("Some background about the trip. ", 60));
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), prompt, mode, deadline.Token)).Completed;

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(1, tools.Calls);
        Assert.Equal(
            [(1, SmallContext, (FailureKind?)FailureKind.ContextTooLong), (1, EmulatorHarness.Fallback, null), (2, EmulatorHarness.Fallback, null)],
            run.Attempts.Select(a => (a.Turn, a.RequestedModel, a.Failure)));
        Assert.Contains("maximum context length is 256 tokens", run.Attempts[0].FailureMessage);
        Assert.Equal([SmallContext], run.State.ExcludedModels);
    }
}
