namespace ToolKit.OpenRouter.Internal;

/// <summary>
/// The client-side deadline of one call, linked with the caller's token. For streams it is restarted before each
/// read and paused while the caller handles an event, so it measures how long the server stays silent.
/// </summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource _expired = new();
    private readonly CancellationTokenSource _linked;
    private readonly ITimer? _timer;

    public RequestDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        Timeout = timeout;
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _expired.Token);
        if (timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            _timer = timeProvider.CreateTimer(static state => ((RequestDeadline)state!).Expire(), this, timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The allowed time.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Cancelled when the caller cancels or the deadline passes.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>Whether the deadline (not the caller) cancelled the call.</summary>
    public bool HasExpired => _expired.IsCancellationRequested;

    /// <summary>Starts the full timeout again from now.</summary>
    public void Restart() => _timer?.Change(Timeout, System.Threading.Timeout.InfiniteTimeSpan);

    /// <summary>Stops the clock until <see cref="Restart"/>.</summary>
    public void Pause() => _timer?.Change(System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _timer?.Dispose();
        _linked.Dispose();
        _expired.Dispose();
    }

    private void Expire()
    {
        try
        {
            _expired.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The timer fired while the call was being torn down: nothing left to cancel.
        }
    }
}
