namespace ToolKit;

/// <summary>Persists run state after every committed step, so that a run survives a crash or a pause.</summary>
public interface IRunCheckpointStore
{
    /// <summary>Saves the state (replacing any earlier save of the same run).</summary>
    ValueTask SaveAsync(AgentRunState state, CancellationToken cancellationToken = default);

    /// <summary>The last saved state of the run, or null.</summary>
    ValueTask<AgentRunState?> LoadAsync(string runId, CancellationToken cancellationToken = default);
}
