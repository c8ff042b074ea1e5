using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class TokenLimitTests
{
    [Fact]
    public async Task When_the_next_request_could_cross_the_token_budget_it_is_a_final_turn_without_tools()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Usage(60, 0m), null, TestAgents.Call("c1", "lookup", """{"key":"1"}"""))
            .Text("Out of tokens.", TestAgents.Usage(60, 0m));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.Limits = new RunLimits { MaxTotalTokens = 100 };

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal("tokens", run.LimitReached);
        Assert.Equal("Out of tokens.", run.Output);

        // After 60 tokens the next request, estimated at the largest so far (60), could pass 100: it is the final
        // one (tool_choice none), and the run ends 20 over the budget: less than one request.
        Assert.Equal([ChatToolChoice.Auto, ChatToolChoice.None], model.Requests.Select(r => r.ToolChoice));
        Assert.Equal(120, run.Usage.TotalTokens);
        Assert.Equal(1, tools.Lookups);
    }
}
