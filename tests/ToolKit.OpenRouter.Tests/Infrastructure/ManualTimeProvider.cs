namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>
/// A clock that only moves when the test says so. Timers fire inside <see cref="Advance"/>; every due time asked for is
/// recorded, so tests can check waits without waiting.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<TimeSpan> _requestedDueTimes = [];
    private DateTimeOffset _now = start;

    /// <summary>A clock starting at 2025-12-02 12:00 UTC.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2025, 12, 2, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every finite due time passed to <see cref="CreateTimer"/>, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDueTimes
    {
        get
        {
            lock (_gate)
            {
                return [.. _requestedDueTimes];
            }
        }
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _requestedDueTimes.Add(dueTime);
            }

            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward and fires the timers that came due.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = [.. _timers.Where(t => t.DueAt is { } at && at <= _now)];
            foreach (ManualTimer timer in due)
            {
                timer.DueAt = null;
            }
        }

        foreach (ManualTimer timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                DueAt = null;
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
