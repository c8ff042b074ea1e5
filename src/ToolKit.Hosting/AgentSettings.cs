namespace ToolKit.Hosting;

/// <summary>
/// The configuration shape of <see cref="AgentOptions"/>: the settings that are plain values. Binding goes through this
/// type because the rest of <see cref="AgentOptions"/> (tools, stores, handlers, clocks) cannot come from configuration,
/// and the binding generator rejects such properties. Only keys present in configuration change the options.
/// </summary>
internal sealed class AgentSettings
{
    public List<string>? Models { get; set; }

    public string? Instructions { get; set; }

    public LimitsSettings? Limits { get; set; }

    public RetrySettings? Retry { get; set; }

    public double? Temperature { get; set; }

    public double? TopP { get; set; }

    public int? MaxTokens { get; set; }

    public int? Seed { get; set; }

    public bool? ParallelToolCalls { get; set; }

    public int? MaxToolConcurrency { get; set; }

    public TimeSpan? ToolTimeout { get; set; }

    public int? MaxConsecutiveInvalidToolTurns { get; set; }

    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>Copies the settings that were configured onto <paramref name="options"/>.</summary>
    public void ApplyTo(AgentOptions options)
    {
        if (Models is { Count: > 0 })
        {
            // Replaces, not appends: the configured chain is the whole chain.
            options.Models = Models;
        }

        options.Instructions = Instructions ?? options.Instructions;
        options.Temperature = Temperature ?? options.Temperature;
        options.TopP = TopP ?? options.TopP;
        options.MaxTokens = MaxTokens ?? options.MaxTokens;
        options.Seed = Seed ?? options.Seed;
        options.ParallelToolCalls = ParallelToolCalls ?? options.ParallelToolCalls;
        options.MaxToolConcurrency = MaxToolConcurrency ?? options.MaxToolConcurrency;
        options.ToolTimeout = ToolTimeout ?? options.ToolTimeout;
        options.MaxConsecutiveInvalidToolTurns = MaxConsecutiveInvalidToolTurns ?? options.MaxConsecutiveInvalidToolTurns;
        options.IncludeExceptionDetails = IncludeExceptionDetails ?? options.IncludeExceptionDetails;
        if (Limits is { } limits)
        {
            RunLimits current = options.Limits;
            options.Limits = current with
            {
                MaxTurns = limits.MaxTurns ?? current.MaxTurns,
                MaxToolCalls = limits.MaxToolCalls ?? current.MaxToolCalls,
                MaxToolCallsPerTurn = limits.MaxToolCallsPerTurn ?? current.MaxToolCallsPerTurn,
                MaxTotalTokens = limits.MaxTotalTokens ?? current.MaxTotalTokens,
                MaxCostUsd = limits.MaxCostUsd ?? current.MaxCostUsd,
                MaxDuration = limits.MaxDuration ?? current.MaxDuration,
            };
        }

        if (Retry is { } retry)
        {
            RetryOptions current = options.Retry;
            options.Retry = current with
            {
                MaxRetries = retry.MaxRetries ?? current.MaxRetries,
                MaxTimeoutRetries = retry.MaxTimeoutRetries ?? current.MaxTimeoutRetries,
                BaseDelay = retry.BaseDelay ?? current.BaseDelay,
                MaxDelay = retry.MaxDelay ?? current.MaxDelay,
                RequestTimeout = retry.RequestTimeout ?? current.RequestTimeout,
                CooldownAfterFailures = retry.CooldownAfterFailures ?? current.CooldownAfterFailures,
                Cooldown = retry.Cooldown ?? current.Cooldown,
            };
        }
    }

    /// <summary>The configuration shape of <see cref="RunLimits"/>.</summary>
    internal sealed class LimitsSettings
    {
        public int? MaxTurns { get; set; }

        public int? MaxToolCalls { get; set; }

        public int? MaxToolCallsPerTurn { get; set; }

        public int? MaxTotalTokens { get; set; }

        public decimal? MaxCostUsd { get; set; }

        public TimeSpan? MaxDuration { get; set; }
    }

    /// <summary>The configuration shape of <see cref="RetryOptions"/>.</summary>
    internal sealed class RetrySettings
    {
        public int? MaxRetries { get; set; }

        public int? MaxTimeoutRetries { get; set; }

        public TimeSpan? BaseDelay { get; set; }

        public TimeSpan? MaxDelay { get; set; }

        public TimeSpan? RequestTimeout { get; set; }

        public int? CooldownAfterFailures { get; set; }

        public TimeSpan? Cooldown { get; set; }
    }
}
