using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class TurnLimitTests
{
    [Fact]
    public async Task When_the_turns_run_out_a_final_turn_with_tool_choice_none_ends_the_run_as_partial()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"1"}"""))
            .Calls(TestAgents.Call("c2", "lookup", """{"key":"2"}"""))
            .Text("Best answer so far.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.Limits = new RunLimits { MaxTurns = 2 };

        AgentRun run = await new Agent(model, options).RunAsync("Keep looking.");

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.True(run.IsPartial);
        Assert.Equal("turns", run.LimitReached);
        Assert.Equal("Best answer so far.", run.Output);
        Assert.Equal(2, tools.Lookups);
        Assert.Equal(
            [ChatToolChoice.Auto, ChatToolChoice.Auto, ChatToolChoice.None],
            model.Requests.Select(r => r.ToolChoice));
    }

    [Fact]
    public async Task Tool_calls_in_the_final_turn_are_dropped_and_never_run()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"1"}"""))
            .Calls(null, "Partial answer.", TestAgents.Call("c2", "lookup", """{"key":"2"}"""));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.Limits = new RunLimits { MaxTurns = 1 };

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal(1, tools.Lookups);
        Assert.Equal("Partial answer.", run.Output);
        Assert.Null(run.Messages[^1].ToolCalls);
    }

    [Fact]
    public async Task A_model_that_answers_within_the_limit_completes_normally()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("Quick answer.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];
        options.Limits = new RunLimits { MaxTurns = 1 };

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Null(run.LimitReached);
    }
}
