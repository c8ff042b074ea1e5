using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>Cancellation by the caller ends the run with OperationCanceledException, never as a model failure.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_during_a_model_request_throws_and_records_no_failure()
    {
        var started = new TaskCompletionSource();
        var model = new ScriptedChatModel();
        model.Script("m1").Hang(started);
        var agent = new Agent(model, TestAgents.Options("m1", "m2"));
        using var cancel = new CancellationTokenSource();

        Task<AgentRun> running = agent.RunAsync("Go", cancel.Token);
        await started.Task.WaitAsync(TestAgents.HangGuard);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TestAgents.HangGuard));
        Assert.Empty(model.RequestsTo("m2"));
    }

    [Fact]
    public async Task Cancelling_during_a_tool_throws()
    {
        var tools = new HangingTools();
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("c1", "wait_forever", """{"label":"x"}"""));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        using var cancel = new CancellationTokenSource();

        Task<AgentRun> running = new Agent(model, options).RunAsync("Go", cancel.Token);
        await tools.Started.Task.WaitAsync(TestAgents.HangGuard);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TestAgents.HangGuard));
    }

    [Fact]
    public async Task Cancelling_during_a_retry_backoff_throws()
    {
        var clock = TestAgents.Clock();
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.RateLimited, retryAfter: TimeSpan.FromSeconds(10));
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.TimeProvider = clock;
        options.Retry = options.Retry with { MaxDelay = TimeSpan.FromMinutes(1) };
        using var cancel = new CancellationTokenSource();

        Task<AgentRun> running = new Agent(model, options).RunAsync("Go", cancel.Token);
        await clock.NextTimerAsync().AsTask().WaitAsync(TestAgents.HangGuard);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TestAgents.HangGuard));
        Assert.Empty(model.RequestsTo("m2"));
    }

    [Fact]
    public async Task Cancelling_a_streamed_run_throws_from_the_enumeration()
    {
        var started = new TaskCompletionSource();
        var model = new ScriptedChatModel();
        model.Script("m1").Hang(started);
        var agent = new Agent(model, TestAgents.Options("m1"));
        using var cancel = new CancellationTokenSource();

        Task<List<AgentEvent>> reading = TestAgents.CollectAsync(agent.RunStreamingAsync("Go", cancel.Token));
        await started.Task.WaitAsync(TestAgents.HangGuard);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(TestAgents.HangGuard));
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_no_request()
    {
        var model = new ScriptedChatModel();
        var agent = new Agent(model, TestAgents.Options("m1"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => agent.RunAsync("Go", new CancellationToken(canceled: true)));
        Assert.Empty(model.Requests);
    }
}
