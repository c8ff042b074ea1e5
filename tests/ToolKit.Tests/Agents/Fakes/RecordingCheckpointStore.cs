namespace ToolKit.Tests.Agents.Fakes;

/// <summary>Keeps every saved state as JSON, so a test can see what was durable at any moment.</summary>
public sealed class RecordingCheckpointStore : IRunCheckpointStore
{
    private readonly List<string> _saves = [];

    public AgentRunState? Latest
    {
        get
        {
            lock (_saves)
            {
                return _saves.Count == 0 ? null : AgentRunState.FromJson(_saves[^1]);
            }
        }
    }

    public ValueTask SaveAsync(AgentRunState state, CancellationToken cancellationToken = default)
    {
        lock (_saves)
        {
            _saves.Add(state.ToJson());
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<AgentRunState?> LoadAsync(string runId, CancellationToken cancellationToken = default)
    {
        AgentRunState? latest = Latest;
        return new(latest?.RunId == runId ? latest : null);
    }
}
