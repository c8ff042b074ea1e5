using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>Checkpoint stores keep the run state after every step, and ResumeAsync(runId) continues from them.</summary>
public sealed class CheckpointTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "toolkit-checkpoints-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_paused_run_resumes_by_id_from_the_in_memory_store()
    {
        var store = new InMemoryCheckpointStore();
        await PauseThenResumeById(store);
        Assert.True(store.SaveCount > 0);
    }

    [Fact]
    public async Task A_paused_run_resumes_by_id_from_the_file_store()
    {
        var store = new FileCheckpointStore(_directory);
        string runId = await PauseThenResumeById(store);

        // One JSON file per run, written through a temporary file that does not stay behind.
        Assert.Equal([Path.Combine(_directory, runId + ".json")], Directory.GetFiles(_directory));
        AgentRunState onDisk = AgentRunState.FromJson(await File.ReadAllTextAsync(Path.Combine(_directory, runId + ".json")));
        Assert.Equal(AgentRunStatus.Completed, onDisk.Status);
    }

    [Fact]
    public async Task Resuming_by_id_needs_a_store_that_knows_the_run()
    {
        var model = new ScriptedChatModel();
        AgentOptions withoutStore = TestAgents.Options("m1");
        AgentOptions withStore = TestAgents.Options("m1");
        withStore.CheckpointStore = new InMemoryCheckpointStore();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new Agent(model, withoutStore).ResumeAsync("some-run"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => new Agent(model, withStore).ResumeAsync("no-such-run"));
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task The_file_store_refuses_a_run_id_that_is_not_a_plain_file_name()
    {
        var store = new FileCheckpointStore(_directory);

        await Assert.ThrowsAsync<ArgumentException>(async () => await store.LoadAsync("../escape"));
        Assert.Null(await store.LoadAsync("unknown-run"));
    }

    [Fact]
    public async Task A_completed_run_resumed_by_id_returns_its_result_without_new_requests()
    {
        var store = new InMemoryCheckpointStore();
        var model = new ScriptedChatModel();
        model.Script("m1").Text("Done.");
        AgentOptions options = TestAgents.Options("m1");
        options.CheckpointStore = store;
        AgentRun first = await new Agent(model, options).RunAsync("Go");

        AgentRun again = await new Agent(model, options).ResumeAsync(first.RunId);

        Assert.Equal("Done.", again.Output);
        Assert.Equal(AgentRunStatus.Completed, again.Status);
        Assert.Single(model.Requests);
    }

    private static async Task<string> PauseThenResumeById(IRunCheckpointStore store)
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "send_email", """{"to":"ann@example.com"}"""))
            .Text("Mailed.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.CheckpointStore = store;

        AgentRun paused = await new Agent(model, options).RunAsync("Mail Ann.");
        AgentRunState? saved = await store.LoadAsync(paused.RunId);
        Assert.NotNull(saved);
        Assert.Equal(AgentRunStatus.AwaitingApproval, saved.Status);
        Assert.Equal("c1", Assert.Single(saved.PendingApprovals).CallId);

        // Another agent (say, after a restart) continues from the store alone.
        AgentRun run = await new Agent(model, options).ResumeAsync(paused.RunId, [ApprovalDecision.Approve("c1")]);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal("Mailed.", run.Output);
        Assert.Equal(1, tools.Emails);
        Assert.Equal(AgentRunStatus.Completed, (await store.LoadAsync(paused.RunId))!.Status);
        return paused.RunId;
    }
}
