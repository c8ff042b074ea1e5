using System.Collections.Concurrent;

namespace ToolKit;

/// <summary>
/// A circuit breaker per model id: after a number of consecutive failed requests the model is skipped for a while,
/// by every run that shares this instance (by default, every run in the process).
/// </summary>
public sealed class ModelCooldowns
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The instance shared by every agent in the process.</summary>
    public static ModelCooldowns Shared { get; } = new();

    /// <summary>Whether <paramref name="model"/> is cooling down at <paramref name="now"/>.</summary>
    public bool IsCoolingDown(string model, DateTimeOffset now) =>
        _entries.TryGetValue(model, out Entry? entry) && entry.Until is { } until && until > now;

    /// <summary>Records a failed request; returns whether the model now cools down.</summary>
    public bool RecordFailure(string model, DateTimeOffset now, int threshold, TimeSpan cooldown)
    {
        Entry entry = _entries.GetOrAdd(model, _ => new Entry());
        lock (entry)
        {
            entry.Failures++;
            if (entry.Failures >= threshold)
            {
                entry.Until = now + cooldown;
                entry.Failures = 0;
                return true;
            }

            return false;
        }
    }

    /// <summary>Records a successful request: the count starts again.</summary>
    public void RecordSuccess(string model)
    {
        if (_entries.TryGetValue(model, out Entry? entry))
        {
            lock (entry)
            {
                entry.Failures = 0;
                entry.Until = null;
            }
        }
    }

    /// <summary>Forgets every model's history.</summary>
    public void Reset() => _entries.Clear();

    private sealed class Entry
    {
        public int Failures { get; set; }

        public DateTimeOffset? Until { get; set; }
    }
}
