using ToolKit.Chat;

namespace ToolKit;

/// <summary>What the agent does after a failed model request.</summary>
public enum FailureAction
{
    /// <summary>Retry the same model with backoff, then move to the next model.</summary>
    RetryThenNextModel,

    /// <summary>Move to the next model at once.</summary>
    NextModel,

    /// <summary>Stop the run with an <see cref="AgentRunException"/>.</summary>
    Fail,
}

/// <summary>The failure policy table of DESIGN.md §6: each <see cref="FailureKind"/> and its default action.</summary>
public static class FailurePolicy
{
    /// <summary>The default action for <paramref name="kind"/>.</summary>
    public static FailureAction DefaultAction(FailureKind kind) => kind switch
    {
        FailureKind.RateLimited or FailureKind.Overloaded or FailureKind.ProviderError
            or FailureKind.Timeout or FailureKind.NetworkError or FailureKind.Unknown => FailureAction.RetryThenNextModel,
        FailureKind.ToolsUnsupported or FailureKind.ContextTooLong or FailureKind.ContentFiltered
            or FailureKind.InvalidResponse or FailureKind.ModelNotFound => FailureAction.NextModel,
        _ => FailureAction.Fail,
    };

    /// <summary>Whether the failure says something about the model's health, so it counts toward its cooldown.</summary>
    public static bool CountsTowardCooldown(FailureKind kind) =>
        kind is FailureKind.RateLimited or FailureKind.Overloaded or FailureKind.ProviderError or FailureKind.Timeout or FailureKind.NetworkError;

    /// <summary>Whether the model should not be tried again in this run.</summary>
    public static bool ExcludesModelForRun(FailureKind kind) =>
        kind is FailureKind.ToolsUnsupported or FailureKind.ModelNotFound or FailureKind.ContextTooLong;
}
