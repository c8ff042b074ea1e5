using System.Collections.Concurrent;

namespace ToolKit.IntegrationTests.Support;

/// <summary>
/// The system clock, unchanged, that also records the due time of every timer created on it: the agent's backoff
/// waits among them. Tests read which waits were asked for instead of measuring how long anything took.
/// </summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public IReadOnlyList<TimeSpan> DueTimes => _dueTimes.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        return TimeProvider.System.CreateTimer(callback, state, dueTime, period);
    }
}
