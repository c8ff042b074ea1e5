using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class ToolCallLimitTests
{
    [Fact]
    public async Task Calls_past_the_runs_tool_call_limit_are_refused_and_the_run_wraps_up()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(
                TestAgents.Call("c1", "lookup", """{"key":"1"}"""),
                TestAgents.Call("c2", "lookup", """{"key":"2"}"""),
                TestAgents.Call("c3", "lookup", """{"key":"3"}"""))
            .Text("Two of three.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.Limits = new RunLimits { MaxToolCalls = 2 };

        AgentRun run = await new Agent(model, options).RunAsync("Look up 1, 2, 3.");

        Assert.Equal(2, tools.Lookups);
        Assert.Contains("limit of 2 tool calls", TestAgents.ToolMessage(run.Messages, "c3").Content);
        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal("tool_calls", run.LimitReached);
        Assert.Equal(ChatToolChoice.None, model.Requests[^1].ToolChoice);
        Assert.Equal("Two of three.", run.Output);
    }

    [Fact]
    public async Task Calls_past_the_per_turn_limit_get_an_error_and_the_run_goes_on()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"1"}"""), TestAgents.Call("c2", "lookup", """{"key":"2"}"""))
            .Calls(TestAgents.Call("c3", "lookup", """{"key":"2"}"""))
            .Text("Got both, one at a time.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.Limits = new RunLimits { MaxToolCallsPerTurn = 1 };

        AgentRun run = await new Agent(model, options).RunAsync("Look up 1 and 2.");

        Assert.Equal(2, tools.Lookups);
        Assert.Equal("value of 1", TestAgents.ToolMessage(run.Messages, "c1").Content);
        Assert.Contains("at most 1 tool calls are allowed per turn", TestAgents.ToolMessage(run.Messages, "c2").Content);
        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.All(model.Requests, r => Assert.Equal(ChatToolChoice.Auto, r.ToolChoice));
    }
}
