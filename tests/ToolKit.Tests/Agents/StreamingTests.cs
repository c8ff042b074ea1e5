using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class StreamingTests
{
    [Fact]
    public async Task A_mid_stream_failure_drops_the_partial_message_and_the_retry_streams_the_answer()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").FailMidStream(FailureKind.NetworkError, "Hel", "lo wor").Text("Hello world!");
        var agent = new Agent(model, TestAgents.Options("m1"));

        List<AgentEvent> events = await TestAgents.CollectAsync(agent.RunStreamingAsync("Greet me."));

        int failedAt = events.FindIndex(e => e is AttemptFailedEvent);
        Assert.Equal(["Hel", "lo wor"], events.Take(failedAt).Select(e => Assert.IsType<TextDeltaEvent>(e).Text));
        Assert.Equal(FailureKind.NetworkError, ((AttemptFailedEvent)events[failedAt]).Attempt.Failure);
        List<AgentEvent> after = events.Skip(failedAt + 1).ToList();
        Assert.Equal("Hello world!", string.Concat(after.OfType<TextDeltaEvent>().Select(e => e.Text)));
        Assert.IsType<UsageEvent>(after[^2]);
        RunFinishedEvent finished = Assert.IsType<RunFinishedEvent>(after[^1]);
        Assert.All(after.SkipLast(2), e => Assert.IsType<TextDeltaEvent>(e));

        // The transcript holds only the good message: the partial text never became a message.
        AgentRun run = finished.Run;
        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal("Hello world!", run.Output);
        Assert.Equal([ChatRole.User, ChatRole.Assistant], run.Messages.Select(m => m.Role));
        Assert.Equal("Hello world!", run.Messages[1].Content);
        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(model.Requests[0].Messages, model.Requests[1].Messages);
    }

    [Fact]
    public async Task Streamed_tool_calls_are_merged_run_and_reported_as_events()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"alpha"}"""), TestAgents.Call("c2", "lookup", """{"key":"beta"}"""))
            .Text("Both found.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        var agent = new Agent(model, options);

        List<AgentEvent> events = await TestAgents.CollectAsync(agent.RunStreamingAsync("Find both."));

        // Arguments arrived in fragments; the agent merged them before running the tools.
        Assert.Equal(2, tools.Lookups);
        Assert.Equal(["c1", "c2"], events.OfType<ToolCallStartedEvent>().Select(e => e.CallId).Order());
        Assert.Equal(
            ["value of alpha", "value of beta"],
            events.OfType<ToolCallCompletedEvent>().OrderBy(e => e.CallId).Select(e => e.Result.Content));
        Assert.Equal("""{"key":"alpha"}""", events.OfType<ToolCallStartedEvent>().Single(e => e.CallId == "c1").Arguments);
        Assert.Equal([1, 2], events.OfType<UsageEvent>().Select(e => e.Turn));
        Assert.Equal(2, events.OfType<UsageEvent>().Last().RunUsage.TotalTokens / ModelScript.DefaultUsage.TotalTokens);
        // Tool calls belong to the turn whose answer asked for them.
        Assert.All(events.OfType<ToolCallStartedEvent>(), e => Assert.Equal(1, e.Turn));
        Assert.All(events.OfType<ToolCallCompletedEvent>(), e => Assert.Equal(1, e.Turn));
        Assert.Equal("Both found.", Assert.IsType<RunFinishedEvent>(events[^1]).Run.Output);
    }

    [Fact]
    public async Task A_fallback_is_reported_as_an_event()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.ToolsUnsupported);
        model.Script("m2").Text("from m2");
        var agent = new Agent(model, TestAgents.Options("m1", "m2"));

        List<AgentEvent> events = await TestAgents.CollectAsync(agent.RunStreamingAsync("Hello"));

        FallbackEvent fallback = Assert.Single(events.OfType<FallbackEvent>());
        Assert.Equal(("m1", "m2", FailureKind.ToolsUnsupported), (fallback.FromModel, fallback.ToModel, fallback.Reason));
        Assert.True(events.IndexOf(fallback) < events.FindIndex(e => e is TextDeltaEvent));
    }

    [Fact]
    public async Task A_failed_streamed_run_ends_the_stream_with_the_AgentRunException()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").FailMidStream(FailureKind.Unauthorized, "partial");
        var agent = new Agent(model, TestAgents.Options("m1"));
        var events = new List<AgentEvent>();

        AgentRunException exception = await Assert.ThrowsAsync<AgentRunException>(async () =>
        {
            await foreach (AgentEvent agentEvent in agent.RunStreamingAsync("Hello"))
            {
                events.Add(agentEvent);
            }
        });

        Assert.Equal(FailureKind.Unauthorized, exception.Kind);
        Assert.Equal([typeof(TextDeltaEvent), typeof(AttemptFailedEvent)], events.Select(e => e.GetType()));
        Assert.Equal([ChatRole.User], exception.Messages.Select(m => m.Role));
    }

    [Fact]
    public async Task A_streamed_resume_runs_the_approved_call_and_streams_the_answer()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("c1", "send_email", """{"to":"a@example.com"}""")).Text("Sent.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        AgentRun paused = await new Agent(model, options).RunAsync("Mail Ann.");

        List<AgentEvent> events = await TestAgents.CollectAsync(
            new Agent(model, options).ResumeStreamingAsync(AgentRunState.FromJson(paused.State.ToJson()), [ApprovalDecision.Approve("c1")]));

        Assert.Equal(1, tools.Emails);
        Assert.Equal("c1", Assert.Single(events.OfType<ToolCallCompletedEvent>()).CallId);
        Assert.Equal("Sent.", string.Concat(events.OfType<TextDeltaEvent>().Select(e => e.Text)));
        Assert.Equal(AgentRunStatus.Completed, Assert.IsType<RunFinishedEvent>(events[^1]).Run.Status);
    }

    [Fact]
    public async Task A_streamed_run_that_needs_approval_reports_it_and_finishes_awaiting()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("c1", "send_email", """{"to":"a@example.com"}"""));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];

        List<AgentEvent> events = await TestAgents.CollectAsync(new Agent(model, options).RunStreamingAsync("Mail Ann."));

        ApprovalRequiredEvent approval = Assert.Single(events.OfType<ApprovalRequiredEvent>());
        Assert.Equal("c1", Assert.Single(approval.Calls).CallId);
        Assert.Equal(1, approval.Turn);
        Assert.Equal(AgentRunStatus.AwaitingApproval, Assert.IsType<RunFinishedEvent>(events[^1]).Run.Status);
    }
}
