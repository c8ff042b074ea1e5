namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// Faults in the shape of a tool turn. Odd but valid turns (<c>arguments: ""</c>, tool calls with finish reason
/// <c>stop</c> or null) are tool turns all the same; calls that can never run (unparseable arguments, an unknown tool)
/// go back to the model as tool errors until the quality fallback moves to the next model (DESIGN §6
/// InvalidResponse: "tool args still invalid after repair turns").
/// </summary>
public sealed class ToolCallShapeFaultTests
{
    // Oslo, not the tool's default city, so a call whose arguments were dropped shows as a call for Paris.
    private const string Prompt = "What's the weather in Oslo?";

    public static TheoryData<string, RunMode, string> OddButValidTurns => new()
    {
        { "empty-args;times=1", RunMode.NonStreaming, "Paris" },
        { "empty-args;times=1", RunMode.Streaming, "Paris" },
        { "tools-stop;times=1", RunMode.NonStreaming, "Oslo" },
        { "tools-stop;times=1", RunMode.Streaming, "Oslo" },
        { "tools-null;times=1", RunMode.NonStreaming, "Oslo" },
        { "tools-null;times=1", RunMode.Streaming, "Oslo" },
    };

    public static TheoryData<string, RunMode> CallsThatCannotRun => new()
    {
        { "bad-args", RunMode.NonStreaming },
        { "bad-args", RunMode.Streaming },
        { "unknown-tool", RunMode.NonStreaming },
        { "unknown-tool", RunMode.Streaming },
    };

    [Theory]
    [MemberData(nameof(OddButValidTurns))]
    public async Task An_odd_but_valid_tool_turn_runs_the_tool_once_on_the_same_model(string spec, RunMode mode, string expectedCity)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, spec);
        var tools = new WeatherTools();
        AgentOptions options = EmulatorHarness.Options();
        options.Tools = [tools];
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), Prompt, mode, deadline.Token)).Completed;

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal([expectedCity], tools.Cities);
        Assert.Equal([(1, EmulatorHarness.Primary, (FailureKind?)null), (2, EmulatorHarness.Primary, null)],
            run.Attempts.Select(a => (a.Turn, a.RequestedModel, a.Failure)));
        Assert.Contains($"Sunny and 21 degrees in {expectedCity}", run.Output);
    }

    [Theory]
    [MemberData(nameof(CallsThatCannotRun))]
    public async Task Calls_that_can_never_run_go_back_as_tool_errors_then_the_next_model_takes_over(string spec, RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, spec);
        var tools = new WeatherTools();
        AgentOptions options = EmulatorHarness.Options();
        options.Tools = [tools];
        options.MaxConsecutiveInvalidToolTurns = 2;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        RunOutcome outcome = await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), Prompt, mode, deadline.Token);

        AgentRun run = outcome.Completed;
        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(0, tools.Calls);
        Assert.Equal(
            [
                (1, EmulatorHarness.Primary, (FailureKind?)null),
                (2, EmulatorHarness.Primary, null),
                (2, EmulatorHarness.Primary, FailureKind.InvalidResponse),
                (3, EmulatorHarness.Fallback, null),
            ],
            run.Attempts.Select(a => (a.Turn, a.RequestedModel, a.Failure)));
        Assert.StartsWith("Quality fallback", run.Attempts[2].FailureMessage);

        // Each invalid call was answered with a tool error the model can act on, and the next model saw them all.
        ChatMessage[] toolErrors = run.Messages.Where(m => m.Role == ChatRole.Tool).ToArray();
        Assert.Equal(2, toolErrors.Length);
        Assert.All(toolErrors, m => Assert.Matches(spec == "bad-args" ? "Invalid arguments" : "no tool named", m.Content!));
        if (mode == RunMode.Streaming)
        {
            FallbackEvent fallback = Assert.Single(outcome.Events.OfType<FallbackEvent>());
            Assert.Equal((EmulatorHarness.Primary, EmulatorHarness.Fallback, FailureKind.InvalidResponse), (fallback.FromModel, fallback.ToModel, fallback.Reason));
        }
    }
}
