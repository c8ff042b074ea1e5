namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>
/// A clock whose timers fire at once, recording the waits asked for: retry loops run without waiting and the test
/// still sees the backoff schedule. Use it only with the client timeout off, or the deadline would fire too.
/// </summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];

    /// <summary>The due times of the timers created, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return [.. _waits];
            }
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_waits)
        {
            _waits.Add(dueTime);
        }

        // Task.Delay copes with a timer that fires before CreateTimer returns.
        callback(state);
        return new NoopTimer();
    }

    private sealed class NoopTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
