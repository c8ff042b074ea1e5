using System.Diagnostics;
using ToolKit.Chat;

namespace ToolKit;

/// <summary>
/// Runs one turn's tool calls: approvals first, then the calls, in parallel up to the concurrency limit and in order
/// for sequential tools, each with its timeout. A ledger entry is saved as <em>started</em> before a tool runs and as
/// <em>completed</em> after, so a call runs at most once across retries, fallbacks and resumes.
/// </summary>
internal sealed class ToolRunner
{
    private readonly IToolSet _tools;
    private readonly Dictionary<string, ToolDefinition> _definitions;

    public ToolRunner(IToolSet tools)
    {
        _tools = tools;
        _definitions = tools.Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<ToolDefinition> Definitions => _tools.Definitions;

    /// <summary>The calls among <paramref name="calls"/> that wait for a decision; none when the handler decided them.</summary>
    public async Task<List<PendingApproval>> CollectApprovalsAsync(RunContext run, IReadOnlyList<ToolCall> calls, int messageIndex, CancellationToken cancellationToken)
    {
        var pending = new List<PendingApproval>();
        foreach (ToolCall call in calls)
        {
            if (!_definitions.TryGetValue(call.Name, out ToolDefinition? definition) || !definition.RequiresApproval
                || run.State.Decisions.ContainsKey(call.Id) || run.State.Ledger.ContainsKey(LedgerKey(messageIndex, call.Id)))
            {
                continue;
            }

            var request = new PendingApproval(call.Id, call.Name, call.Arguments);
            if (run.Options.ApprovalHandler is { } handler)
            {
                ApprovalDecision decision = await handler(request, cancellationToken).ConfigureAwait(false);
                run.State.Decisions[call.Id] = decision with { CallId = call.Id };
            }
            else
            {
                pending.Add(request);
            }
        }

        return pending;
    }

    /// <summary>Runs the calls and returns one tool message per call, in the model's order.</summary>
    public async Task<List<ChatMessage>> RunAsync(RunContext run, IReadOnlyList<ToolCall> calls, int messageIndex, CancellationToken cancellationToken)
    {
        var results = new ToolResult?[calls.Count];
        var parallel = new List<int>();
        var sequential = new List<int>();
        int allowedThisTurn = run.Options.Limits.MaxToolCallsPerTurn;
        for (int i = 0; i < calls.Count; i++)
        {
            ToolCall call = calls[i];
            if (run.State.Ledger.TryGetValue(LedgerKey(messageIndex, call.Id), out ToolCallRecord? record))
            {
                // Already completed: reuse the result. Started but never completed: the run stopped while the tool
                // ran, so its effect is unknown and it must not run again.
                if (record.Status != ToolCallStatus.Completed)
                {
                    AgentLog.ToolOutcomeUnknown(run.Logger, run.State.RunId, call.Name, call.Id);
                }

                results[i] = record.Status == ToolCallStatus.Completed
                    ? Rebuild(record)
                    : await CompleteAsync(run, call, LedgerKey(messageIndex, call.Id), ToolResult.Error(ToolErrorKind.ToolFailed,
                        $"The outcome of this call to \"{call.Name}\" is unknown: the run was interrupted while it ran. Check whether it took effect before calling it again."), cancellationToken).ConfigureAwait(false);
                continue;
            }

            string? refusal = null;
            if (i >= allowedThisTurn)
            {
                refusal = $"Not run: at most {allowedThisTurn} tool calls are allowed per turn. Call fewer tools at once.";
            }
            else if (run.State.ToolCalls + parallel.Count + sequential.Count >= run.Options.Limits.MaxToolCalls)
            {
                refusal = $"Not run: the run's limit of {run.Options.Limits.MaxToolCalls} tool calls is reached. Answer with what you have.";
            }
            else if (run.State.Decisions.TryGetValue(call.Id, out ApprovalDecision? decision) && !decision.Approved)
            {
                refusal = $"The call was denied{(decision.Reason is { Length: > 0 } reason ? ": " + reason : ".")} Do not retry it unchanged.";
            }

            if (refusal is not null)
            {
                results[i] = await CompleteAsync(run, call, LedgerKey(messageIndex, call.Id), ToolResult.Error(ToolErrorKind.Denied, refusal), cancellationToken).ConfigureAwait(false);
            }
            else if (_definitions.TryGetValue(call.Name, out ToolDefinition? definition) && definition.Sequential)
            {
                sequential.Add(i);
            }
            else
            {
                parallel.Add(i);
            }
        }

        using var throttle = new SemaphoreSlim(Math.Max(1, run.Options.MaxToolConcurrency));
        var tasks = new List<Task>(parallel.Count + 1);
        foreach (int index in parallel)
        {
            tasks.Add(RunThrottledAsync(index));
        }

        if (sequential.Count > 0)
        {
            tasks.Add(RunSequentialAsync());
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);

        var messages = new List<ChatMessage>(calls.Count);
        for (int i = 0; i < calls.Count; i++)
        {
            messages.Add(ChatMessage.Tool(calls[i].Id, results[i]!.Content));
        }

        return messages;

        async Task RunThrottledAsync(int index)
        {
            await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                results[index] = await RunOneAsync(run, calls[index], messageIndex, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                throttle.Release();
            }
        }

        async Task RunSequentialAsync()
        {
            foreach (int index in sequential)
            {
                results[index] = await RunOneAsync(run, calls[index], messageIndex, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static string LedgerKey(int messageIndex, string callId) => $"{messageIndex}:{callId}";

    private async Task<ToolResult> RunOneAsync(RunContext run, ToolCall call, int messageIndex, CancellationToken cancellationToken)
    {
        string key = LedgerKey(messageIndex, call.Id);
        await run.UpdateAsync((key, call), static (state, started) =>
        {
            state.Ledger[started.key] = new ToolCallRecord { CallId = started.call.Id, ToolName = started.call.Name, Status = ToolCallStatus.Started };
            state.ToolCalls++;
        }, cancellationToken).ConfigureAwait(false);

        // Tool calls belong to the turn whose answer asked for them, not to the next request.
        if (run.IsStreaming)
        {
            await run.EmitAsync(new ToolCallStartedEvent(call.Id, call.Name, call.Arguments) { Turn = run.State.Turns }).ConfigureAwait(false);
        }

        AgentLog.ToolStarted(run.Logger, run.State.RunId, call.Name, call.Id);
        if (run.RecordContent)
        {
            AgentLog.ToolStartedContent(run.Logger, run.State.RunId, call.Name, call.Id, call.Arguments);
        }

        using Activity? activity = AgentTelemetry.Source.StartActivity("execute_tool " + call.Name, ActivityKind.Internal);
        activity?.SetTag("gen_ai.operation.name", "execute_tool");
        activity?.SetTag("gen_ai.tool.name", call.Name);
        activity?.SetTag("gen_ai.tool.call.id", call.Id);
        if (run.RecordContent)
        {
            activity?.SetTag("gen_ai.tool.call.arguments", call.Arguments);
        }

        _definitions.TryGetValue(call.Name, out ToolDefinition? definition);
        TimeSpan timeout = definition?.Timeout ?? run.Options.ToolTimeout;
        var context = new ToolContext(call.Id, call.Name)
        {
            RunId = run.State.RunId,

            // Providers may reuse call ids across messages, so the message index keeps the key unique in the run.
            IdempotencyKey = $"{run.State.RunId}:{messageIndex}:{call.Id}",
            Services = run.Services,
            IncludeExceptionDetails = run.Options.IncludeExceptionDetails,
        };

        long started = run.Options.TimeProvider.GetTimestamp();
        using var toolCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ToolResult result;
        try
        {
            // Most tools finish synchronously; only a pending one needs a task to race against the timeout.
            ValueTask<ToolResult> pending = _tools.InvokeAsync(call, context, toolCancellation.Token);
            result = pending.IsCompletedSuccessfully
                ? pending.Result
                : await pending.AsTask().WaitAsync(timeout, run.Options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await toolCancellation.CancelAsync().ConfigureAwait(false);
            result = ToolResult.Error(ToolErrorKind.Timeout, $"Tool \"{call.Name}\" did not finish within {timeout.TotalSeconds:0.#} s.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = ToolResult.Error(ToolErrorKind.ToolFailed, $"Tool \"{call.Name}\" was cancelled.");
        }

        activity?.SetTag("toolkit.tool.error", result.IsError ? result.ErrorKind.ToString() : null);
        if (run.RecordContent)
        {
            activity?.SetTag("gen_ai.tool.call.result", result.Content);
        }

        long durationMs = (long)run.Options.TimeProvider.GetElapsedTime(started).TotalMilliseconds;
        if (!result.IsError)
        {
            AgentLog.ToolFinished(run.Logger, run.State.RunId, call.Name, call.Id, durationMs);
        }
        else if (result.ErrorKind == ToolErrorKind.Timeout)
        {
            AgentLog.ToolTimedOut(run.Logger, run.State.RunId, call.Name, call.Id, (long)timeout.TotalMilliseconds);
        }
        else
        {
            AgentLog.ToolFailed(run.Logger, run.State.RunId, call.Name, call.Id, result.ErrorKind, durationMs);
        }

        if (run.RecordContent)
        {
            AgentLog.ToolResultContent(run.Logger, run.State.RunId, call.Name, call.Id, result.ErrorKind, result.Content);
        }

        AgentTelemetry.ToolCalls.Add(1, new KeyValuePair<string, object?>("gen_ai.tool.name", call.Name), new("toolkit.tool.outcome", result.ErrorKind.ToString()));
        ToolResult completed = await CompleteAsync(run, call, key, result, cancellationToken).ConfigureAwait(false);
        if (run.IsStreaming)
        {
            await run.EmitAsync(new ToolCallCompletedEvent(call.Id, call.Name, completed, run.Options.TimeProvider.GetElapsedTime(started)) { Turn = run.State.Turns }).ConfigureAwait(false);
        }

        return completed;
    }

    private static async Task<ToolResult> CompleteAsync(RunContext run, ToolCall call, string key, ToolResult result, CancellationToken cancellationToken)
    {
        await run.UpdateAsync((key, call, result), static (state, completed) => state.Ledger[completed.key] = new ToolCallRecord
        {
            CallId = completed.call.Id,
            ToolName = completed.call.Name,
            Status = ToolCallStatus.Completed,
            Result = completed.result.Content,
            ErrorKind = completed.result.ErrorKind,
        }, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static ToolResult Rebuild(ToolCallRecord record) =>
        record.ErrorKind == ToolErrorKind.None ? ToolResult.Text(record.Result ?? "") : ToolResult.Error(record.ErrorKind, record.Result ?? "");
}
