namespace ToolKit.IntegrationTests.Budgets;

/// <summary>A response the agent rejects (filtered) was still charged: its cost counts toward the run's usage.</summary>
public sealed class BilledFailureTests
{
    [Fact]
    public async Task A_filtered_answer_that_was_charged_is_counted_in_the_run_usage()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, "content-filter");
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary, EmulatorHarness.Fallback);
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = await new Agent(harness.NewClient(), options).RunAsync("Tell me a joke", deadline.Token);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        ModelAttempt filtered = Assert.Single(run.Attempts, a => a.Failure == ToolKit.Chat.FailureKind.ContentFiltered);
        Assert.True(filtered.Usage?.CostUsd > 0m, "the filtered answer carried its usage");
        Assert.Equal((decimal?)harness.Emulator.TotalUsage, run.Usage.CostUsd);
    }
}
