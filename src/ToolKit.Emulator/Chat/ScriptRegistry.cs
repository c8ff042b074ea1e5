namespace ToolKit.Emulator.Chat;

/// <summary>Per model id, the queue of scripted answers; each attempt on the model takes the next one.</summary>
internal sealed class ScriptRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<ScriptedResponse>> _queues = new(StringComparer.Ordinal);

    public void Enqueue(string modelId, IEnumerable<ScriptedResponse> responses)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(modelId, out var queue))
            {
                _queues[modelId] = queue = new Queue<ScriptedResponse>();
            }

            foreach (var response in responses)
            {
                queue.Enqueue(response);
            }
        }
    }

    public bool TryDequeue(string modelId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScriptedResponse? response)
    {
        lock (_gate)
        {
            response = null;
            return _queues.TryGetValue(modelId, out var queue) && queue.TryDequeue(out response);
        }
    }

    public int Pending(string modelId)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(modelId, out var queue) ? queue.Count : 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _queues.Clear();
        }
    }
}
