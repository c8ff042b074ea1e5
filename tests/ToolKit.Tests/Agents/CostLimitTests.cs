using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class CostLimitTests
{
    [Fact]
    public async Task When_the_next_request_could_cross_the_cost_budget_it_is_a_final_turn_without_tools()
    {
        const decimal cap = 0.05m;
        const decimal perRequest = 0.02m;
        var model = new ScriptedChatModel();
        for (int i = 1; i <= 6; i++)
        {
            model.Script("m1").Calls(TestAgents.Usage(10, perRequest), null, TestAgents.Call($"c{i}", "lookup", $$"""{"key":"{{i}}"}"""));
        }

        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];
        options.Limits = new RunLimits { MaxCostUsd = cap };

        AgentRun run = await new Agent(model, options).RunAsync("Spend.");

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal("cost", run.LimitReached);
        ChatRequest[] requests = [.. model.Requests];
        Assert.Equal(ChatToolChoice.None, requests[^1].ToolChoice);
        Assert.All(requests[..^1], r => Assert.Equal(ChatToolChoice.Auto, r.ToolChoice));

        // The next request is estimated at the largest so far (0.02). Spend before each request: 0, 0.02, then 0.04,
        // where 0.04 + 0.02 would cross the cap, so the third request is the final one. The run ends at 0.06:
        // over the cap by less than one request.
        Assert.Equal(3, requests.Length);
        Assert.Equal(requests.Length * perRequest, run.Usage.CostUsd);
        Assert.True(run.Usage.CostUsd <= cap + perRequest, $"overshot by more than one request: {run.Usage.CostUsd}");

        // The final turn's tool call was dropped, so the run ends on a message without calls.
        Assert.Null(run.Messages[^1].ToolCalls);
    }

    [Fact]
    public async Task Without_reported_cost_the_cost_budget_never_trips()
    {
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(new ChatUsage { TotalTokens = 10 }, null, TestAgents.Call("c1", "lookup", """{"key":"1"}"""))
            .Text("Done.", new ChatUsage { TotalTokens = 10 });
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];
        options.Limits = new RunLimits { MaxCostUsd = 0.000001m };

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal(AgentRunStatus.Completed, run.Status);
    }
}
