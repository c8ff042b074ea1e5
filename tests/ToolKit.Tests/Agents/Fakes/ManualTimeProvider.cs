using System.Threading.Channels;

namespace ToolKit.Tests.Agents.Fakes;

/// <summary>
/// A clock that moves only when told to. Timers (Task.Delay, WaitAsync timeouts) fire when <see cref="Advance"/>
/// passes their due time; tests await <see cref="NextTimerAsync"/> to learn that the agent started waiting, and for
/// how long, instead of sleeping.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();
    private DateTimeOffset _now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly HashSet<TimeSpan> _unobserved;
    private int _timersCreated;

    /// <summary>A clock whose timers with the <paramref name="unobserved"/> due times (request timeouts, say) work but are not reported.</summary>
    public ManualTimeProvider(params TimeSpan[] unobserved) => _unobserved = [.. unobserved];

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>How many timers were created so far.</summary>
    public int TimersCreated => Volatile.Read(ref _timersCreated);

    /// <summary>The due time of the next timer created (in creation order).</summary>
    public ValueTask<TimeSpan> NextTimerAsync(CancellationToken cancellationToken = default) => _created.Reader.ReadAsync(cancellationToken);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        if (!_unobserved.Contains(dueTime))
        {
            Interlocked.Increment(ref _timersCreated);
            _created.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Moves the clock forward and fires the timers that came due, outside the lock.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).ToList();
            foreach (ManualTimer timer in due)
            {
                _timers.Remove(timer);
            }
        }

        foreach (ManualTimer timer in due)
        {
            timer.Fire();
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        bool fireNow = false;
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueAt = _now + dueTime;
            if (dueTime <= TimeSpan.Zero)
            {
                fireNow = true;
            }
            else
            {
                _timers.Add(timer);
            }
        }

        if (fireNow)
        {
            ThreadPool.QueueUserWorkItem(_ => timer.Fire());
        }
    }

    private void Cancel(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    // One-shot only: the agent never asks for periodic timers.
    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            owner.Schedule(this, dueTime);
            return true;
        }

        public void Fire()
        {
            if (!_disposed)
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            _disposed = true;
            owner.Cancel(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
