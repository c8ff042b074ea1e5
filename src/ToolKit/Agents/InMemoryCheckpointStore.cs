using System.Collections.Concurrent;

namespace ToolKit;

/// <summary>Keeps checkpoints in memory, as JSON, so that a loaded state never shares objects with a live run.</summary>
public sealed class InMemoryCheckpointStore : IRunCheckpointStore
{
    private readonly ConcurrentDictionary<string, string> _states = new(StringComparer.Ordinal);

    /// <summary>How many times a state was saved.</summary>
    public int SaveCount { get; private set; }

    /// <inheritdoc />
    public ValueTask SaveAsync(AgentRunState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        _states[state.RunId] = state.ToJson();
        SaveCount++;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<AgentRunState?> LoadAsync(string runId, CancellationToken cancellationToken = default) =>
        new(_states.TryGetValue(runId, out string? json) ? AgentRunState.FromJson(json) : null);
}
