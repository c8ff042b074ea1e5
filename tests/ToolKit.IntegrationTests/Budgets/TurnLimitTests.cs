namespace ToolKit.IntegrationTests.Budgets;

/// <summary>The turn cap over the wire: N normal turns, one final <c>tool_choice: none</c> turn, a partial result.</summary>
public sealed class TurnLimitTests
{
    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task After_MaxTurns_one_final_request_without_tools_ends_the_run_as_partial(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        LoopingModel.Script(harness.Emulator);
        var tools = new WeatherTools();
        AgentOptions options = EmulatorHarness.Options(LoopingModel.Id);
        options.Tools = [tools];
        options.Limits = options.Limits with { MaxTurns = 3 };
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "Weather, again and again.", mode, deadline.Token)).Completed;

        Assert.Equal((AgentRunStatus.Partial, true, "turns"), (run.Status, run.IsPartial, run.LimitReached));
        Assert.Equal(["auto", "auto", "auto", "none"], LoopingModel.ToolChoices(harness));
        Assert.Equal(4, run.State.Turns);
        Assert.Equal(3, tools.Calls);
        Assert.Null(run.Messages[^1].ToolCalls);
    }
}
