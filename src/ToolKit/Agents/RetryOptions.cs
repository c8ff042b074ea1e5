namespace ToolKit;

/// <summary>How the agent retries a failed model request before it moves to the next model.</summary>
public sealed record RetryOptions
{
    /// <summary>Retries per model for transient failures (rate limits, overload, provider and network errors). Default 2.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Retries per model after a timeout. Default 1.</summary>
    public int MaxTimeoutRetries { get; init; } = 1;

    /// <summary>The first backoff delay; it doubles on every retry, with ±25% jitter. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff delay, and the longest Retry-After the agent honours. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one request may take (for streams: until the first token, and between tokens). Default 120 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Consecutive failed requests after which a model cools down for every run in the process. Default 3.</summary>
    public int CooldownAfterFailures { get; init; } = 3;

    /// <summary>How long a model that keeps failing is skipped. Default 60 s.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromSeconds(60);
}
