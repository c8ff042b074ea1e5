using ToolKit.Chat;

namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// The test's oracle: DESIGN.md §6's table written out independently of <see cref="FailurePolicy"/>, so a change to the
/// agent's policy that departs from the design fails the fault matrix instead of moving it along.
/// </summary>
internal static class DesignPolicy
{
    public enum Action
    {
        /// <summary>Retry the same model with backoff, then move to the next model.</summary>
        RetryThenNextModel,

        /// <summary>Move to the next model at once.</summary>
        NextModel,

        /// <summary>Stop the run: a typed <see cref="AgentRunException"/>.</summary>
        Fail,
    }

    public static Action For(FailureKind kind) => kind switch
    {
        FailureKind.RateLimited or FailureKind.Overloaded or FailureKind.ProviderError
            or FailureKind.Timeout or FailureKind.NetworkError => Action.RetryThenNextModel,
        FailureKind.ToolsUnsupported or FailureKind.ContextTooLong or FailureKind.ContentFiltered
            or FailureKind.InvalidResponse => Action.NextModel,
        FailureKind.BadRequest or FailureKind.Unauthorized or FailureKind.InsufficientCredits => Action.Fail,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a row of DESIGN §6."),
    };

    /// <summary>How many requests a model gets for a retried kind: "retry once" for timeouts, else the configured retries.</summary>
    public static int Tries(FailureKind kind, RetryOptions retry) =>
        kind == FailureKind.Timeout ? 2 : retry.MaxRetries + 1;
}
