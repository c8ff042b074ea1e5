using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ToolKit;

/// <summary>The live state of one run session: the durable state plus the event sink, clock and a lock.</summary>
internal sealed class RunContext
{
    private readonly Func<AgentEvent, ValueTask>? _sink;
    private readonly long _startTimestamp;
    private readonly TimeSpan _elapsedBefore;

    public RunContext(AgentRunState state, AgentOptions options, IServiceProvider? services, Func<AgentEvent, ValueTask>? sink)
    {
        State = state;
        Options = options;
        Services = services ?? options.Services;
        _sink = sink;
        _startTimestamp = options.TimeProvider.GetTimestamp();
        _elapsedBefore = state.Elapsed;
        Logger = options.Logger ?? NullLogger.Instance;
    }

    public AgentRunState State { get; }

    public AgentOptions Options { get; }

    /// <summary>The tools' services in this run: the agent's (<see cref="Agent.WithServices"/>) or the options'.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>Where log events go; <see cref="NullLogger"/> when none is configured.</summary>
    public ILogger Logger { get; }

    /// <summary>Whether content may go into logs and spans (<see cref="AgentOptions.RecordContentInTelemetry"/>).</summary>
    public bool RecordContent => Options.RecordContentInTelemetry;

    /// <summary>Guards <see cref="State"/> while parallel tool calls update it and save checkpoints.</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>The turn in progress (1-based).</summary>
    public int Turn => State.Turns + 1;

    public bool IsStreaming => _sink is not null;

    /// <summary>The last model skipped in the current turn and why, for the error when no model is left.</summary>
    public (ToolKit.Chat.FailureKind Kind, string Message)? LastSkip { get; set; }

    public TimeSpan Elapsed => _elapsedBefore + Options.TimeProvider.GetElapsedTime(_startTimestamp);

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>Streams an event; one without a turn gets the turn in progress.</summary>
    public ValueTask EmitAsync(AgentEvent agentEvent) =>
        _sink?.Invoke(agentEvent.Turn > 0 ? agentEvent : agentEvent with { Turn = Turn }) ?? ValueTask.CompletedTask;

    public async ValueTask SaveAsync(CancellationToken cancellationToken)
    {
        // Kept up to date with or without a store: a host may persist the state itself (ToJson) and resume it.
        State.Elapsed = Elapsed;
        if (Options.CheckpointStore is { } store)
        {
            await store.SaveAsync(State, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Updates and saves under the lock; for steps that may run in parallel. The argument is passed through, so that
    /// callers can use static lambdas (no closure per call).
    /// </summary>
    public async ValueTask UpdateAsync<TArgument>(TArgument argument, Action<AgentRunState, TArgument> update, CancellationToken cancellationToken)
    {
        await Lock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            update(State, argument);
            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Lock.Release();
        }
    }
}
