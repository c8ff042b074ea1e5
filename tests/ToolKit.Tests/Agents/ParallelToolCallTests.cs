using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class ParallelToolCallTests
{
    [Fact]
    public async Task Calls_of_one_turn_run_in_parallel_and_results_keep_the_models_order()
    {
        // Each call waits for all three to arrive, so the turn only finishes if they run at the same time.
        var tools = new RendezvousTools(parties: 3);
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(
                TestAgents.Call("c1", "meet", """{"name":"ann"}"""),
                TestAgents.Call("c2", "meet", """{"name":"bob"}"""),
                TestAgents.Call("c3", "meet", """{"name":"cid"}"""))
            .Text("Everyone met.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];

        AgentRun run = await new Agent(model, options).RunAsync("Meet up.").WaitAsync(TestAgents.HangGuard);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        ChatMessage[] results = run.Messages.Where(m => m.Role == ChatRole.Tool).ToArray();
        Assert.Equal(["c1", "c2", "c3"], results.Select(m => m.ToolCallId));
        Assert.Equal(["met ann", "met bob", "met cid"], results.Select(m => m.Content));
    }

    [Fact]
    public async Task Sequential_tool_calls_run_one_at_a_time_in_the_models_order()
    {
        var order = new OrderTools { HoldFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var counting = new CountingTools();
        var lookupRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        counting.OnLookup = _ => lookupRan.TrySetResult();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(
                TestAgents.Call("c1", "append", """{"item":"a"}"""),
                TestAgents.Call("c2", "append", """{"item":"b"}"""),
                TestAgents.Call("c3", "lookup", """{"key":"x"}"""),
                TestAgents.Call("c4", "append", """{"item":"c"}"""))
            .Text("Appended.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [order, counting];

        Task<AgentRun> running = new Agent(model, options).RunAsync("Append a, b, c.");

        // "a" is held; the lookup (not sequential) still runs, but "b" must wait for "a" to finish.
        await Task.WhenAll(order.FirstStarted.Task, lookupRan.Task).WaitAsync(TestAgents.HangGuard);
        Assert.Equal(["start a"], order.Log);
        order.HoldFirst.SetResult();
        AgentRun run = await running.WaitAsync(TestAgents.HangGuard);

        Assert.Equal(["start a", "end a", "start b", "end b", "start c", "end c"], order.Log);
        Assert.Equal(1, order.MaxActive);
        Assert.Equal(1, counting.Lookups);

        // Results follow the model's order, whatever order the calls finished in.
        Assert.Equal(
            ["appended a", "appended b", "value of x", "appended c"],
            run.Messages.Where(m => m.Role == ChatRole.Tool).Select(m => m.Content));
    }

    [Fact]
    public async Task A_concurrency_of_one_still_runs_every_call()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(
                TestAgents.Call("c1", "lookup", """{"key":"1"}"""),
                TestAgents.Call("c2", "lookup", """{"key":"2"}"""),
                TestAgents.Call("c3", "lookup", """{"key":"3"}"""))
            .Text("Done.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.MaxToolConcurrency = 1;

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal(3, tools.Lookups);
        Assert.Equal(["value of 1", "value of 2", "value of 3"], run.Messages.Where(m => m.Role == ChatRole.Tool).Select(m => m.Content));
    }
}
