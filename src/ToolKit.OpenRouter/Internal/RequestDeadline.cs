namespace ToolKit.OpenRouter.Internal;

/// <summary>
/// The client-side deadline of one call, linked with the caller's token. For streams it is restarted before each
/// read and paused while the caller handles an event, so it measures how long the server stays silent.
/// </summary>
/// <remarks>
/// One token source serves both the caller's cancellation and the deadline (a call is per request, so this is on the
/// hot path); which of the two fired is told apart by the caller's token. On the system clock the source's own timer
/// runs the deadline; another <see cref="TimeProvider"/> (tests) gets a timer of its own.
/// </remarks>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _callerToken;
    private readonly ITimer? _timer;

    public RequestDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        Timeout = timeout;
        _callerToken = cancellationToken;
        _source = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : new CancellationTokenSource();
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return;
        }

        if (timeProvider == TimeProvider.System)
        {
            _source.CancelAfter(timeout);
        }
        else
        {
            _timer = timeProvider.CreateTimer(static state => ((RequestDeadline)state!).Expire(), this, timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The allowed time.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Cancelled when the caller cancels or the deadline passes.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the deadline (not the caller) cancelled the call.</summary>
    public bool HasExpired => _source.IsCancellationRequested && !_callerToken.IsCancellationRequested;

    /// <summary>Starts the full timeout again from now.</summary>
    public void Restart() => Change(Timeout);

    /// <summary>Stops the clock until <see cref="Restart"/>.</summary>
    public void Pause() => Change(System.Threading.Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _timer?.Dispose();
        _source.Dispose();
    }

    private void Change(TimeSpan dueTime)
    {
        if (Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return;
        }

        if (_timer is not null)
        {
            _timer.Change(dueTime, System.Threading.Timeout.InfiniteTimeSpan);
        }
        else if (!_source.IsCancellationRequested)
        {
            _source.CancelAfter(dueTime);
        }
    }

    private void Expire()
    {
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The timer fired while the call was being torn down: nothing left to cancel.
        }
    }
}
