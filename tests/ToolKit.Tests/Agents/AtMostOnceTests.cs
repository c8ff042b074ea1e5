using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>A tool call id runs at most once per run, across failures, resumes and crashes.</summary>
public sealed class AtMostOnceTests
{
    [Fact]
    public async Task Resuming_after_a_failure_that_followed_a_tool_run_does_not_run_the_tool_again()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"k"}"""))
            .Fail(FailureKind.Unauthorized);
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];

        AgentRunException exception = await Assert.ThrowsAsync<AgentRunException>(() => new Agent(model, options).RunAsync("Go"));

        // The failure came after the tool ran: its result is in the transcript the exception carries.
        Assert.Equal(FailureKind.Unauthorized, exception.Kind);
        Assert.Equal(1, tools.Lookups);
        Assert.Equal([ChatRole.User, ChatRole.Assistant, ChatRole.Tool], exception.Messages.Select(m => m.Role));

        // The key is fixed; a fresh agent picks the run up from its JSON state.
        AgentRunState state = AgentRunState.FromJson(exception.State.ToJson());
        var fixedModel = new ScriptedChatModel();
        fixedModel.Script("m1").Text("Done.");
        AgentRun run = await new Agent(fixedModel, options).ResumeAsync(state);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal("Done.", run.Output);
        Assert.Equal(1, tools.Lookups);
        ChatRequest resent = Assert.Single(fixedModel.Requests);
        Assert.Equal("value of k", resent.Messages[^1].Content);
    }

    [Fact]
    public async Task A_call_started_but_never_completed_is_not_run_and_the_model_is_told_its_outcome_is_unknown()
    {
        // The state a crash leaves: the call was marked started, then the process died before the result was saved.
        var state = new AgentRunState { RunId = "run-crashed" };
        state.Messages.Add(ChatMessage.User("Send it."));
        state.Messages.Add(ChatMessage.Assistant(null, [TestAgents.Call("c1", "lookup", """{"key":"k"}""")]));
        state.Turns = 1;
        state.Ledger["1:c1"] = new ToolCallRecord { CallId = "c1", ToolName = "lookup", Status = ToolCallStatus.Started };
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1").Text("I will check first.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];

        AgentRun run = await new Agent(model, options).ResumeAsync(AgentRunState.FromJson(state.ToJson()));

        Assert.Equal(0, tools.Lookups);
        Assert.Equal("I will check first.", run.Output);
        ChatMessage told = TestAgents.ToolMessage(Assert.Single(model.Requests).Messages, "c1");
        Assert.Contains("unknown", told.Content, StringComparison.OrdinalIgnoreCase);
        ToolCallRecord record = run.State.Ledger["1:c1"];
        Assert.Equal(ToolCallStatus.Completed, record.Status);
        Assert.Equal(ToolErrorKind.ToolFailed, record.ErrorKind);
    }

    [Fact]
    public async Task The_checkpoint_marks_a_call_started_before_the_tool_runs()
    {
        var store = new RecordingCheckpointStore();
        var tools = new CountingTools();
        ToolCallStatus? durableWhileRunning = null;
        tools.OnLookup = _ => durableWhileRunning = store.Latest?.Ledger.GetValueOrDefault("1:c1")?.Status;
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("c1", "lookup", """{"key":"k"}""")).Text("Done.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.CheckpointStore = store;

        await new Agent(model, options).RunAsync("Go");

        Assert.Equal(ToolCallStatus.Started, durableWhileRunning);
        Assert.Equal(ToolCallStatus.Completed, store.Latest!.Ledger["1:c1"].Status);
    }

    [Fact]
    public async Task A_run_stopped_while_a_tool_ran_resumes_from_its_checkpoint_without_running_it_again()
    {
        var store = new InMemoryCheckpointStore();
        var tools = new HangingTools();
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("c1", "wait_forever", """{"label":"x"}"""));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.CheckpointStore = store;
        using var stop = new CancellationTokenSource();

        // Stopping the run while the tool runs leaves the same checkpoint as a crash would.
        Task<AgentRun> running = new Agent(model, options).RunAsync("Wait.", stop.Token);
        await tools.Started.Task.WaitAsync(TestAgents.HangGuard);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        AgentRunState? saved = await store.LoadAsync(tools.RunId!);
        Assert.NotNull(saved);
        Assert.Equal(ToolCallStatus.Started, saved.Ledger["1:c1"].Status);

        model.Script("m1").Text("It may or may not have finished.");
        AgentRun run = await new Agent(model, options).ResumeAsync(tools.RunId!).WaitAsync(TestAgents.HangGuard);

        Assert.Equal(1, tools.Runs);
        Assert.Equal("It may or may not have finished.", run.Output);
        Assert.Contains("unknown", TestAgents.ToolMessage(run.Messages, "c1").Content, StringComparison.OrdinalIgnoreCase);
    }
}
