using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class ToolTimeoutTests
{
    [Fact]
    public async Task A_tool_that_never_finishes_gets_a_timeout_result_and_the_run_goes_on()
    {
        var clock = TestAgents.Clock();
        var tools = new HangingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "wait_forever", """{"label":"x"}"""))
            .Text("The tool timed out.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.TimeProvider = clock;
        options.ToolTimeout = TimeSpan.FromMinutes(2);

        Task<AgentRun> running = new Agent(model, options).RunAsync("Wait.");

        // The tool's timeout is the only timer; once the clock passes it the agent gives up on the tool.
        Assert.Equal(TimeSpan.FromMinutes(2), await clock.NextTimerAsync().AsTask().WaitAsync(TestAgents.HangGuard));
        clock.Advance(TimeSpan.FromMinutes(2));
        AgentRun run = await running.WaitAsync(TestAgents.HangGuard);

        Assert.Equal("The tool timed out.", run.Output);
        Assert.Equal(ToolErrorKind.Timeout, run.State.Ledger["1:c1"].ErrorKind);
        Assert.Contains("did not finish", TestAgents.ToolMessage(run.Messages, "c1").Content);
    }

    [Fact]
    public async Task A_tools_own_timeout_wins_over_the_agents_default()
    {
        var clock = TestAgents.Clock();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "wait_briefly", """{"label":"x"}"""))
            .Text("Timed out after 5 s.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new HangingTools()];
        options.TimeProvider = clock;
        options.ToolTimeout = TimeSpan.FromMinutes(2);

        Task<AgentRun> running = new Agent(model, options).RunAsync("Wait.");

        Assert.Equal(TimeSpan.FromSeconds(5), await clock.NextTimerAsync().AsTask().WaitAsync(TestAgents.HangGuard));
        clock.Advance(TimeSpan.FromSeconds(5));
        AgentRun run = await running.WaitAsync(TestAgents.HangGuard);

        Assert.Equal(ToolErrorKind.Timeout, run.State.Ledger["1:c1"].ErrorKind);
    }
}
