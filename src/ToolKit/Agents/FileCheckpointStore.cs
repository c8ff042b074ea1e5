namespace ToolKit;

/// <summary>Keeps each run's checkpoint as a JSON file in a folder. Writes go to a temporary file first, then replace.</summary>
public sealed class FileCheckpointStore : IRunCheckpointStore
{
    private readonly string _directory;

    /// <summary>Stores checkpoints in <paramref name="directory"/>, creating it when needed.</summary>
    public FileCheckpointStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(AgentRunState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        string path = PathOf(state.RunId);
        string temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, state.ToJson(), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    /// <inheritdoc />
    public async ValueTask<AgentRunState?> LoadAsync(string runId, CancellationToken cancellationToken = default)
    {
        string path = PathOf(runId);
        return File.Exists(path)
            ? AgentRunState.FromJson(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false))
            : null;
    }

    private string PathOf(string runId)
    {
        foreach (char c in runId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                throw new ArgumentException($"Run id \"{runId}\" cannot be a file name.", nameof(runId));
            }
        }

        return Path.Combine(_directory, runId + ".json");
    }
}
