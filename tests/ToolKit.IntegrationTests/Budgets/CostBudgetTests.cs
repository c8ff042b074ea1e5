namespace ToolKit.IntegrationTests.Budgets;

/// <summary>
/// A USD cap against the emulator's real <c>usage.cost</c> (catalog prices times estimated tokens, growing with the
/// transcript): the agent counts exactly what the emulator charged, sends a normal turn only while the spend plus
/// the largest request so far fits the cap, then one final <c>tool_choice: none</c> turn, so the cap is overshot by
/// less than that one request, and the result is marked partial.
/// </summary>
public sealed class CostBudgetTests
{
    private const decimal Cap = 0.002m;

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task The_cost_cap_is_overshot_by_at_most_the_final_request_and_the_run_is_marked_partial(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        LoopingModel.Script(harness.Emulator);
        var tools = new WeatherTools();
        AgentOptions options = EmulatorHarness.Options(LoopingModel.Id);
        options.Tools = [tools];
        options.Limits = options.Limits with { MaxCostUsd = Cap, MaxTurns = 100, MaxToolCalls = 100 };
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "Weather, again and again.", mode, deadline.Token)).Completed;

        Assert.Equal((AgentRunStatus.Partial, true, "cost"), (run.Status, run.IsPartial, run.LimitReached));
        decimal[] costs = run.Attempts.Select(a => a.Usage?.CostUsd ?? 0m).ToArray();
        Assert.True(costs.Length >= 3, $"expected several turns under a {Cap} USD cap, got {costs.Length}");
        Assert.All(costs, cost => Assert.True(cost > 0m));

        // The agent's figure is the emulator's ledger: every charged request counted, nothing invented.
        Assert.Equal((decimal?)harness.Emulator.TotalUsage, run.Usage.CostUsd);
        Assert.Equal((decimal?)costs.Sum(), run.Usage.CostUsd);

        // Every normal turn went out while spend + largest request so far fitted the cap; the final one may cross it.
        decimal spent = 0m, largest = 0m;
        for (int i = 0; i < costs.Length - 1; i++)
        {
            Assert.True(spent + largest <= Cap, $"turn {i + 1} was sent at {spent} USD spent, largest {largest}");
            (spent, largest) = (spent + costs[i], Math.Max(largest, costs[i]));
        }

        Assert.True(spent <= Cap, $"the final request started over the cap: {spent}");
        Assert.True(spent + largest > Cap, "the run stopped while another request still fitted");
        Assert.True(run.Usage.CostUsd - Cap < costs[^1], "overshot by more than the final request");

        // The final request asked for no tools, and whatever calls came back were dropped, never run.
        Assert.Equal([.. Enumerable.Repeat("auto", costs.Length - 1), "none"], LoopingModel.ToolChoices(harness));
        Assert.Equal(costs.Length - 1, tools.Calls);
        Assert.Null(run.Messages[^1].ToolCalls);
    }
}
