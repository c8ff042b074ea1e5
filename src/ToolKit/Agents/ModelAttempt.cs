using ToolKit.Chat;

namespace ToolKit;

/// <summary>One request to one model, successful or not, as the run records it.</summary>
public sealed record ModelAttempt
{
    /// <summary>The turn the attempt belongs to (1-based).</summary>
    public int Turn { get; init; }

    /// <summary>The model id the agent asked for.</summary>
    public required string RequestedModel { get; init; }

    /// <summary>The model that served, as the provider reported it.</summary>
    public string? ServedModel { get; init; }

    /// <summary>The upstream provider, when reported.</summary>
    public string? Provider { get; init; }

    /// <summary>When the attempt started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Tokens and cost, when the provider reported them.</summary>
    public ChatUsage? Usage { get; init; }

    /// <summary>Why it failed, or null when it succeeded.</summary>
    public FailureKind? Failure { get; init; }

    /// <summary>The failure message (never containing the API key).</summary>
    public string? FailureMessage { get; init; }

    /// <summary>Whether the agent skipped the model without sending a request (cooldown or capability filter).</summary>
    public bool Skipped { get; init; }

    /// <summary>Whether the attempt succeeded.</summary>
    public bool Succeeded => Failure is null && !Skipped;
}
