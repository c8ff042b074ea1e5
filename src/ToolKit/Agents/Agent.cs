using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ToolKit.Chat;

namespace ToolKit;

/// <summary>
/// Runs a conversation with tools: sends the transcript and the tools to the first healthy model of the fallback
/// chain, runs the tool calls it returns, and repeats until the model answers, a limit runs out, or a call needs
/// approval. See docs/agent.md for the loop, the failure policy and the limits.
/// </summary>
public sealed class Agent
{
    private readonly AgentOptions _options;
    private readonly ModelInvoker _invoker;
    private readonly ToolRunner _tools;

    // Set by WithServices: the services of this copy's runs, instead of AgentOptions.Services.
    private readonly IServiceProvider? _services;

    /// <summary>Creates an agent over <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">No models are configured, or two tool sets define the same tool name.</exception>
    public Agent(IChatModel model, AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Models.Count == 0)
        {
            throw new ArgumentException("AgentOptions.Models must name at least one model.", nameof(options));
        }

        _options = options;
        _invoker = new ModelInvoker(model);
        _tools = new ToolRunner(ToolSet.Combine(options.Tools));
    }

    private Agent(Agent agent, IServiceProvider services)
    {
        _options = agent._options;
        _invoker = agent._invoker;
        _tools = agent._tools;
        _services = services;
    }

    /// <summary>
    /// The same agent (models, tools, options), with <paramref name="services"/> as the tools' services
    /// (<see cref="ToolContext.Services"/>, <c>[FromServices]</c> parameters) in its runs instead of
    /// <see cref="AgentOptions.Services"/>. In a web app, pass the request's services, so that tools get scoped
    /// services such as a <c>DbContext</c>. Cheap: nothing is copied or built again.
    /// </summary>
    /// <param name="services">The services for the runs of the returned agent.</param>
    /// <returns>An agent sharing everything with this one but the services.</returns>
    public Agent WithServices(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new Agent(this, services);
    }

    /// <summary>Runs the agent on one user message.</summary>
    public Task<AgentRun> RunAsync(string prompt, CancellationToken cancellationToken = default) =>
        RunAsync([ChatMessage.User(prompt)], cancellationToken);

    /// <summary>Runs the agent on a conversation.</summary>
    /// <exception cref="AgentRunException">Every model failed, or a failure that must not be retried happened.</exception>
    public async Task<AgentRun> RunAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default)
    {
        AgentRunState state = NewState(messages);
        return await ExecuteAsync(new RunContext(state, _options, _services, null), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the agent on one user message and streams what happens.</summary>
    public IAsyncEnumerable<AgentEvent> RunStreamingAsync(string prompt, CancellationToken cancellationToken = default) =>
        RunStreamingAsync([ChatMessage.User(prompt)], cancellationToken);

    /// <summary>
    /// Runs the agent and streams text deltas, tool calls, failed attempts, fallbacks, approvals, usage and, last, a
    /// <see cref="RunFinishedEvent"/>. A failed run ends the stream with an <see cref="AgentRunException"/>.
    /// </summary>
    public IAsyncEnumerable<AgentEvent> RunStreamingAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default) =>
        StreamAsync(NewState(messages), null, cancellationToken);

    /// <summary>
    /// Continues a run from its state: after an approval pause (with the decisions), after a crash (from a
    /// checkpoint), or after an <see cref="AgentRunException"/>. Tool calls already run are not run again.
    /// </summary>
    public Task<AgentRun> ResumeAsync(AgentRunState state, IEnumerable<ApprovalDecision>? decisions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ApplyDecisions(state, decisions);
        return ExecuteAsync(new RunContext(state, _options, _services, null), null, cancellationToken);
    }

    /// <summary>Continues a run saved in <see cref="AgentOptions.CheckpointStore"/>.</summary>
    /// <exception cref="InvalidOperationException">No checkpoint store is configured, or it has no such run.</exception>
    public async Task<AgentRun> ResumeAsync(string runId, IEnumerable<ApprovalDecision>? decisions = null, CancellationToken cancellationToken = default)
    {
        IRunCheckpointStore store = _options.CheckpointStore
            ?? throw new InvalidOperationException("Resuming by run id needs AgentOptions.CheckpointStore.");
        AgentRunState state = await store.LoadAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The checkpoint store has no run \"{runId}\".");
        return await ResumeAsync(state, decisions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Like <see cref="ResumeAsync(AgentRunState, IEnumerable{ApprovalDecision}?, CancellationToken)"/>, streaming events.</summary>
    public IAsyncEnumerable<AgentEvent> ResumeStreamingAsync(AgentRunState state, IEnumerable<ApprovalDecision>? decisions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ApplyDecisions(state, decisions);
        return StreamAsync(state, null, cancellationToken);
    }

    internal Task<AgentRun> ExecuteNewAsync(IEnumerable<ChatMessage> messages, ChatResponseFormat? format, CancellationToken cancellationToken) =>
        ExecuteAsync(new RunContext(NewState(messages), _options, _services, null), format, cancellationToken);

    internal Task<AgentRun> ContinueAsync(AgentRunState state, ChatResponseFormat? format, CancellationToken cancellationToken) =>
        ExecuteAsync(new RunContext(state, _options, _services, null), format, cancellationToken);

    internal async IAsyncEnumerable<AgentEvent> StreamAsync(AgentRunState state, ChatResponseFormat? format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new RunContext(state, _options, _services, e => channel.Writer.WriteAsync(e, CancellationToken.None));
        Task producer = Task.Run(async () =>
        {
            try
            {
                AgentRun finished = await ExecuteAsync(run, format, stop.Token).ConfigureAwait(false);
                await channel.Writer.WriteAsync(new RunFinishedEvent(finished) { Turn = state.Turns }, CancellationToken.None).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception exception)
            {
                channel.Writer.Complete(exception);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (AgentEvent agentEvent in channel.Reader.ReadAllAsync(CancellationToken.None).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return agentEvent;
            }
        }
        finally
        {
            // A consumer that stops early stops the run too.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    internal async Task<AgentRun> ExecuteAsync(RunContext run, ChatResponseFormat? format, CancellationToken cancellationToken)
    {
        AgentRunState state = run.State;
        if (state.Status is AgentRunStatus.Completed or AgentRunStatus.Partial)
        {
            return new AgentRun(state, LastText(state));
        }

        // The wall-clock limit runs on the configured clock, so tests can drive it.
        using TimeoutTokenSource? durationLimit = _options.Limits.MaxDuration is { } maxDuration
            ? new TimeoutTokenSource(Max(maxDuration - state.Elapsed, TimeSpan.Zero), _options.TimeProvider, cancellationToken)
            : null;
        CancellationToken deadline = durationLimit?.Token ?? cancellationToken;

        using Activity? activity = AgentTelemetry.Source.StartActivity("invoke_agent", ActivityKind.Internal);
        activity?.SetTag("gen_ai.operation.name", "invoke_agent");
        activity?.SetTag("gen_ai.conversation.id", state.RunId);
        if (run.Logger.IsEnabled(LogLevel.Information))
        {
            AgentLog.RunStarted(run.Logger, state.RunId, state.Attempts.Count > 0 || state.Turns > 0, state.Turns,
                string.Join(", ", _options.Models), _tools.Definitions.Count);
        }

        state.Status = null;
        try
        {
            while (true)
            {
                if (await RunPendingToolCallsAsync(run, deadline).ConfigureAwait(false) is { } paused)
                {
                    return paused;
                }

                (string? limit, bool stopNow) = CheckLimits(run);
                if (limit is not null)
                {
                    AgentLog.LimitReached(run.Logger, state.RunId, limit, state.Turns, state.ToolCalls, state.Usage.CostUsd ?? 0m,
                        stopNow ? "stopping without another request" : "sending a final request with tool_choice none");
                }

                if (stopNow)
                {
                    return await FinishAsync(run, AgentRunStatus.Partial, limit, deadline).ConfigureAwait(false);
                }

                bool finalTurn = limit is not null;
                ChatResponse response = await _invoker.InvokeAsync(run, BuildRequest(state, finalTurn, format), deadline).ConfigureAwait(false);
                ChatMessage message = response.Message;
                if (finalTurn && message.ToolCalls is { Count: > 0 })
                {
                    // The model ignored tool_choice none: keep its text, drop calls that will never run.
                    message = message with { ToolCalls = null, Content = message.Content ?? "" };
                }

                ChatUsage turnUsage = response.Usage ?? new ChatUsage();
                state.Usage += turnUsage;
                state.LargestTurnTokens = Math.Max(state.LargestTurnTokens, turnUsage.TotalTokens);
                state.LargestTurnCostUsd = Math.Max(state.LargestTurnCostUsd, turnUsage.CostUsd ?? 0m);
                state.Messages.Add(message);
                if (run.IsStreaming)
                {
                    await run.EmitAsync(new UsageEvent(turnUsage, state.Usage, response.Model)).ConfigureAwait(false);
                }

                AgentLog.TurnCompleted(run.Logger, state.RunId, run.Turn, state.Attempts[^1].RequestedModel, response.Model,
                    message.ToolCalls?.Count ?? 0, turnUsage.TotalTokens, turnUsage.CostUsd);
                if (run.RecordContent)
                {
                    AgentLog.TurnCompletedContent(run.Logger, state.RunId, run.Turn, message.Content);
                }

                state.Turns++;
                await run.SaveAsync(deadline).ConfigureAwait(false);

                if (finalTurn)
                {
                    return await FinishAsync(run, AgentRunStatus.Partial, limit, deadline).ConfigureAwait(false);
                }

                if (message.ToolCalls is not { Count: > 0 })
                {
                    return await FinishAsync(run, AgentRunStatus.Completed, null, deadline).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChatModelException
            && !cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            // Time ran out, whether the client reported it as a cancellation or as a failed request.
            AgentLog.LimitReached(run.Logger, state.RunId, "duration", state.Turns, state.ToolCalls, state.Usage.CostUsd ?? 0m,
                "stopping at once: the request or tool in progress was cancelled");
            return await FinishAsync(run, AgentRunStatus.Partial, "duration", CancellationToken.None).ConfigureAwait(false);
        }
        catch (AgentRunException exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Kind.ToString());
            AgentLog.RunFailed(run.Logger, state.RunId, exception.Kind, state.Turns, exception.Message);
            await run.SaveAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    // Runs the tool calls of the last assistant message, unless they already have results or need approval.
    private async Task<AgentRun?> RunPendingToolCallsAsync(RunContext run, CancellationToken cancellationToken)
    {
        AgentRunState state = run.State;
        int index = state.Messages.Count - 1;
        if (index < 0 || state.Messages[index] is not { Role: ChatRole.Assistant, ToolCalls: { Count: > 0 } calls })
        {
            return null;
        }

        List<PendingApproval> pending = await _tools.CollectApprovalsAsync(run, calls, index, cancellationToken).ConfigureAwait(false);
        if (pending.Count > 0)
        {
            state.PendingApprovals = pending;
            if (run.Logger.IsEnabled(LogLevel.Information))
            {
                AgentLog.ApprovalRequired(run.Logger, state.RunId, pending.Count, string.Join(", ", pending.Select(p => p.ToolName)));
            }

            await run.EmitAsync(new ApprovalRequiredEvent(pending) { Turn = state.Turns }).ConfigureAwait(false);
            return await FinishAsync(run, AgentRunStatus.AwaitingApproval, null, cancellationToken).ConfigureAwait(false);
        }

        state.PendingApprovals = [];
        List<ChatMessage> results = await _tools.RunAsync(run, calls, index, cancellationToken).ConfigureAwait(false);
        state.Messages.AddRange(results);

        // Decisions are keyed by call id, and some providers reuse ids in every message ("call_0"): once this turn's
        // calls have run, its decisions must not approve a later call that happens to reuse an id.
        state.Decisions.Clear();

        // A model that keeps sending calls that cannot run is replaced by the next one: a quality fallback.
        bool allInvalid = calls.All(call => state.Ledger.TryGetValue(ToolRunner.LedgerKey(index, call.Id), out ToolCallRecord? record)
            && record.ErrorKind is ToolErrorKind.InvalidArguments or ToolErrorKind.UnknownTool);
        state.ConsecutiveInvalidTurns = allInvalid ? state.ConsecutiveInvalidTurns + 1 : 0;
        if (state.ConsecutiveInvalidTurns >= _options.MaxConsecutiveInvalidToolTurns
            && state.Attempts.LastOrDefault(a => a.Succeeded) is { } culprit)
        {
            state.ExcludedModels.Add(culprit.RequestedModel);
            state.ConsecutiveInvalidTurns = 0;
            if (_options.Models.FirstOrDefault(m => !state.ExcludedModels.Contains(m)) is { } next)
            {
                AgentLog.Fallback(run.Logger, state.RunId, run.Turn, culprit.RequestedModel, next, FailureKind.InvalidResponse);
                await run.EmitAsync(new FallbackEvent(culprit.RequestedModel, next, FailureKind.InvalidResponse)).ConfigureAwait(false);
            }

            state.Attempts.Add(culprit with
            {
                StartedAt = run.Now,
                Latency = TimeSpan.Zero,
                Usage = null,
                Failure = FailureKind.InvalidResponse,
                FailureMessage = $"Quality fallback: {_options.MaxConsecutiveInvalidToolTurns} turns in a row of tool calls that could not run.",
            });
        }

        await run.SaveAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    // Budgets are checked before every request. Cost and tokens are only known after a request, so the next
    // request is estimated at the largest one so far: when it could cross the budget it becomes the final turn,
    // which keeps the overshoot within one request.
    private (string? Limit, bool StopNow) CheckLimits(RunContext run)
    {
        RunLimits limits = _options.Limits;
        AgentRunState state = run.State;
        if (limits.MaxDuration is { } duration && run.Elapsed >= duration)
        {
            return ("duration", true);
        }

        if (limits.MaxTotalTokens is { } tokens && state.Usage.TotalTokens >= tokens)
        {
            return ("tokens", true);
        }

        if (limits.MaxCostUsd is { } cost && (state.Usage.CostUsd ?? 0m) >= cost)
        {
            return ("cost", true);
        }

        if (state.Turns >= limits.MaxTurns)
        {
            return ("turns", false);
        }

        if (state.ToolCalls >= limits.MaxToolCalls)
        {
            return ("tool_calls", false);
        }

        if (limits.MaxTotalTokens is { } tokenBudget && state.Usage.TotalTokens + state.LargestTurnTokens > tokenBudget)
        {
            return ("tokens", false);
        }

        if (limits.MaxCostUsd is { } costBudget && (state.Usage.CostUsd ?? 0m) + state.LargestTurnCostUsd > costBudget)
        {
            return ("cost", false);
        }

        return (null, false);
    }

    private ChatRequest BuildRequest(AgentRunState state, bool finalTurn, ChatResponseFormat? format) => new()
    {
        Model = _options.Models[0],
        Messages = state.Messages.ToArray(),
        Tools = _tools.Definitions.Count > 0 ? _tools.Definitions : null,
        ToolChoice = _tools.Definitions.Count == 0 ? null : finalTurn ? ChatToolChoice.None : ChatToolChoice.Auto,
        ParallelToolCalls = _tools.Definitions.Count == 0 ? null : _options.ParallelToolCalls,
        ResponseFormat = format,
        Temperature = _options.Temperature,
        TopP = _options.TopP,
        MaxTokens = _options.MaxTokens,
        Seed = _options.Seed,
        Extensions = _options.RequestExtensions.Count > 0 ? _options.RequestExtensions.ToArray() : null,
    };

    private static async Task<AgentRun> FinishAsync(RunContext run, AgentRunStatus status, string? limit, CancellationToken cancellationToken)
    {
        run.State.Status = status;
        run.State.LimitReached = limit;
        await run.SaveAsync(cancellationToken).ConfigureAwait(false);
        AgentRunState state = run.State;
        AgentLog.RunFinished(run.Logger, state.RunId, status, state.Turns, state.ToolCalls, state.Usage.CostUsd ?? 0m, state.Usage.TotalTokens, limit);
        return new AgentRun(state, LastText(state));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? LastText(AgentRunState state) =>
        state.Messages.LastOrDefault(m => m.Role == ChatRole.Assistant && !string.IsNullOrEmpty(m.Content))?.Content;

    private AgentRunState NewState(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var state = new AgentRunState();
        if (!string.IsNullOrWhiteSpace(_options.Instructions))
        {
            state.Messages.Add(ChatMessage.System(_options.Instructions));
        }

        state.Messages.AddRange(messages);
        return state;
    }

    // Only decisions for calls that wait for one count: any other would lie in wait for a later call with that id.
    private static void ApplyDecisions(AgentRunState state, IEnumerable<ApprovalDecision>? decisions)
    {
        foreach (ApprovalDecision decision in decisions ?? [])
        {
            if (state.PendingApprovals.Any(p => p.CallId == decision.CallId))
            {
                state.Decisions[decision.CallId] = decision;
            }
        }
    }
}
