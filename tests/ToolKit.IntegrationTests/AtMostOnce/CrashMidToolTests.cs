namespace ToolKit.IntegrationTests.AtMostOnce;

/// <summary>
/// The process dies while a tool runs. What survives is the checkpoint file as it was at that moment (the tool copies
/// it aside, then the run is cancelled). A fresh agent on a fresh <see cref="FileCheckpointStore"/> resumes from that
/// file: the call marked started is not run again, and the model is told its outcome is unknown.
/// </summary>
public sealed class CrashMidToolTests : IDisposable
{
    private const string Prompt = "Charge the card 25 dollars for the booking.";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "toolkit-itest-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task A_call_that_was_running_when_the_process_died_is_never_run_again(RunMode resumeMode)
    {
        string live = Path.Combine(_root, "live");
        string survived = Path.Combine(_root, "survived");
        Directory.CreateDirectory(survived);
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        var crashing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tools = new PaymentTools
        {
            WhileCharging = async (context, ct) =>
            {
                // The disk as the crash leaves it: the call is marked started, with no result.
                File.Copy(Path.Combine(live, context.RunId + ".json"), Path.Combine(survived, context.RunId + ".json"));
                crashing.SetResult();
                await new TaskCompletionSource().Task.WaitAsync(ct);
            },
        };
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary);
        options.Tools = [tools];
        options.CheckpointStore = new FileCheckpointStore(live);
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();
        using var process = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);

        Task<AgentRun> doomed = new Agent(harness.NewClient(), options).RunAsync(Prompt, process.Token);
        await crashing.Task.WaitAsync(deadline.Token);
        await process.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => doomed);

        string runId = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(survived)));
        var store = new FileCheckpointStore(survived);
        AgentRunState crashed = (await store.LoadAsync(runId, deadline.Token))!;
        Assert.Equal(ToolCallStatus.Started, Assert.Single(crashed.Ledger.Values).Status);

        tools.WhileCharging = null;
        AgentOptions restarted = EmulatorHarness.Options(EmulatorHarness.Primary);
        restarted.Tools = [tools];
        restarted.CheckpointStore = store;
        var log = new LogCapture();
        restarted.Logger = log;
        var agent = new Agent(harness.NewClient(), restarted);
        AgentRun run = resumeMode == RunMode.Streaming
            ? (await AgentDriver.ResumeAsync(agent, crashed, null, RunMode.Streaming, deadline.Token)).Completed
            : await agent.ResumeAsync(runId, cancellationToken: deadline.Token);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(1, tools.Charges);
        string toolMessage = run.Messages.Single(m => m.Role == ChatRole.Tool).Content!;
        Assert.Contains("outcome of this call to \"charge_card\" is unknown", toolMessage);
        Assert.Contains(toolMessage, run.Output);
        Assert.Equal(ToolCallStatus.Completed, Assert.Single((await store.LoadAsync(runId, deadline.Token))!.Ledger.Values).Status);
        Assert.Single(log.Named("ToolOutcomeUnknown"));
        Assert.Empty(log.Named("ToolStarted"));

        // The model saw the unknown outcome over the wire, in the request that produced the answer.
        Assert.Contains("is unknown", harness.ChatRequests()[^1].GetProperty("messages").GetRawText());
    }
}
