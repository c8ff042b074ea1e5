using ToolKit.Emulator;

namespace ToolKit.IntegrationTests.Budgets;

/// <summary>
/// The tool-call caps over the wire: calls past the run's cap or the turn's cap are answered with an error the model
/// can act on and never run; the run's cap then ends the run with a final turn, the turn's cap lets it go on.
/// </summary>
public sealed class ToolCallLimitTests
{
    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task Calls_past_MaxToolCalls_are_refused_and_the_run_ends_partial(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        LoopingModel.Script(harness.Emulator, callsPerTurn: 3);
        var tools = new WeatherTools();
        AgentOptions options = EmulatorHarness.Options(LoopingModel.Id);
        options.Tools = [tools];
        options.MaxToolConcurrency = 1;
        options.Limits = options.Limits with { MaxToolCalls = 2 };
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "Weather in three cities.", mode, deadline.Token)).Completed;

        Assert.Equal((AgentRunStatus.Partial, true, "tool_calls"), (run.Status, run.IsPartial, run.LimitReached));
        Assert.Equal(2, tools.Calls);
        Assert.Equal(["Oslo", "Rome"], tools.Cities);
        ChatMessage[] results = run.Messages.Where(m => m.Role == ChatRole.Tool).ToArray();
        Assert.Equal(3, results.Length);
        Assert.Contains("limit of 2 tool calls is reached", results[2].Content);
        Assert.Equal(["auto", "none"], LoopingModel.ToolChoices(harness));
    }

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task Calls_past_MaxToolCallsPerTurn_are_refused_and_the_run_goes_on(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        LoopingModel.Script(harness.Emulator, turns: 1, callsPerTurn: 3);
        harness.Emulator.Script(LoopingModel.Id, ScriptedResponse.FromText("Oslo is sunny."));
        var tools = new WeatherTools();
        AgentOptions options = EmulatorHarness.Options(LoopingModel.Id);
        options.Tools = [tools];
        options.Limits = options.Limits with { MaxToolCallsPerTurn = 1 };
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "Weather in three cities.", mode, deadline.Token)).Completed;

        Assert.Equal((AgentRunStatus.Completed, false, (string?)null), (run.Status, run.IsPartial, run.LimitReached));
        Assert.Equal(["Oslo"], tools.Cities);
        string?[] refusals = run.Messages.Where(m => m.Role == ChatRole.Tool).Skip(1).Select(m => m.Content).ToArray();
        Assert.Equal(2, refusals.Length);
        Assert.All(refusals, r => Assert.Contains("at most 1 tool calls are allowed per turn", r));
        Assert.Equal("Oslo is sunny.", run.Output);
    }
}
