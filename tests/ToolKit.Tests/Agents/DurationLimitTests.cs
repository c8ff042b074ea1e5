using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class DurationLimitTests
{
    [Fact]
    public async Task A_request_that_outlasts_the_runs_duration_stops_the_run_as_partial()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Hang();
        AgentOptions options = TestAgents.Options("m1");
        options.Limits = new RunLimits { MaxDuration = TimeSpan.FromMilliseconds(100) };

        AgentRun run = await new Agent(model, options).RunAsync("Go").WaitAsync(TestAgents.HangGuard);

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal("duration", run.LimitReached);
        Assert.Null(run.Output);

        // The deadline is not a model failure: no attempt is recorded, no other model is asked.
        Assert.Empty(run.Attempts);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task A_tool_that_outlasts_the_runs_duration_stops_the_run_as_partial()
    {
        var tools = new HangingTools();
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("c1", "wait_forever", """{"label":"x"}"""));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];

        // Long enough for the model's answer to arrive first even on a loaded machine.
        options.Limits = new RunLimits { MaxDuration = TimeSpan.FromMilliseconds(500) };

        AgentRun run = await new Agent(model, options).RunAsync("Go").WaitAsync(TestAgents.HangGuard);

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal("duration", run.LimitReached);
        Assert.Equal(1, tools.Runs);
    }

    [Fact]
    public async Task Once_the_duration_is_spent_no_final_turn_is_made()
    {
        var clock = TestAgents.Clock();
        var model = new ScriptedChatModel();
        model.Script("m1").Respond((request, _) =>
        {
            clock.Advance(TimeSpan.FromMinutes(2));
            return Task.FromResult(new ChatResponse
            {
                Model = request.Model,
                Message = ChatMessage.Assistant(null, [TestAgents.Call("c1", "lookup", """{"key":"k"}""")]),
                Usage = ModelScript.DefaultUsage,
            });
        });
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];
        options.TimeProvider = clock;
        options.Limits = new RunLimits { MaxDuration = TimeSpan.FromMinutes(1) };

        AgentRun run = await new Agent(model, options).RunAsync("Go").WaitAsync(TestAgents.HangGuard);

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal("duration", run.LimitReached);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task Time_spent_before_a_pause_counts_after_the_resume()
    {
        var clock = TestAgents.Clock();
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Respond(AfterMinutes(clock, 40, TestAgents.Call("c1", "send_email", """{"to":"a@example.com"}""")))
            .Respond(AfterMinutes(clock, 30, TestAgents.Call("c2", "lookup", """{"key":"k"}""")));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.TimeProvider = clock;
        options.Limits = new RunLimits { MaxDuration = TimeSpan.FromMinutes(60) };

        AgentRun paused = await new Agent(model, options).RunAsync("Mail Ann.");
        Assert.Equal(AgentRunStatus.AwaitingApproval, paused.Status);
        Assert.Equal(TimeSpan.FromMinutes(40), paused.State.Elapsed);

        // Waiting for a person does not count; the 40 minutes before and the 30 after do: 70 > 60.
        clock.Advance(TimeSpan.FromHours(5));
        AgentRunState state = AgentRunState.FromJson(paused.State.ToJson());
        AgentRun run = await new Agent(model, options).ResumeAsync(state, [ApprovalDecision.Approve("c1")]).WaitAsync(TestAgents.HangGuard);

        Assert.Equal(AgentRunStatus.Partial, run.Status);
        Assert.Equal("duration", run.LimitReached);
        Assert.Equal(2, model.Requests.Count);
    }

    private static Func<ChatRequest, CancellationToken, Task<ChatResponse>> AfterMinutes(ManualTimeProvider clock, int minutes, ToolCall call) =>
        (request, _) =>
        {
            clock.Advance(TimeSpan.FromMinutes(minutes));
            return Task.FromResult(new ChatResponse
            {
                Model = request.Model,
                Message = ChatMessage.Assistant(null, [call]),
                Usage = ModelScript.DefaultUsage,
            });
        };
}
