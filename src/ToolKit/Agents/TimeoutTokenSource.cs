namespace ToolKit;

/// <summary>A token that is cancelled after a timeout on a given clock, or when the caller's token is.</summary>
/// <remarks>
/// One source and one registration on the caller's token, where a timer source linked with the caller's token would
/// make a second source and two registrations: the agent makes one per run and one per model attempt.
/// </remarks>
internal readonly struct TimeoutTokenSource : IDisposable
{
    private readonly CancellationTokenRegistration _caller;

    public TimeoutTokenSource(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        Source = new CancellationTokenSource(timeout, clock);
        _caller = cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), Source);
    }

    /// <summary>The source; <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/> restarts the timeout.</summary>
    public CancellationTokenSource Source { get; }

    /// <summary>Cancelled at the timeout or with the caller's token.</summary>
    public CancellationToken Token => Source.Token;

    /// <summary>Stops listening to the caller's token, then releases the source.</summary>
    public void Dispose()
    {
        _caller.Dispose();
        Source.Dispose();
    }
}
