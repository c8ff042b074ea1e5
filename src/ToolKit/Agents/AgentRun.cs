using ToolKit.Chat;

namespace ToolKit;

/// <summary>The outcome of an agent run.</summary>
public class AgentRun
{
    internal AgentRun(AgentRunState state, string? output)
    {
        State = state;
        Output = output;
    }

    /// <summary>The run id.</summary>
    public string RunId => State.RunId;

    /// <summary>The final answer text (for partial runs: the best text the agent had).</summary>
    public string? Output { get; }

    /// <summary>How the run ended.</summary>
    public AgentRunStatus Status => State.Status ?? AgentRunStatus.Completed;

    /// <summary>Whether a limit cut the run short.</summary>
    public bool IsPartial => Status == AgentRunStatus.Partial;

    /// <summary>Which limit ended the run (<c>turns</c>, <c>tool_calls</c>, <c>tokens</c>, <c>cost</c>, <c>duration</c>), or null.</summary>
    public string? LimitReached => State.LimitReached;

    /// <summary>The transcript.</summary>
    public IReadOnlyList<ChatMessage> Messages => State.Messages;

    /// <summary>Tokens and cost of the whole run.</summary>
    public ChatUsage Usage => State.Usage;

    /// <summary>Every model attempt: requested and served model, provider, latency, tokens, cost and failure.</summary>
    public IReadOnlyList<ModelAttempt> Attempts => State.Attempts;

    /// <summary>Calls waiting for approval when <see cref="Status"/> is <see cref="AgentRunStatus.AwaitingApproval"/>.</summary>
    public IReadOnlyList<PendingApproval> PendingApprovals => State.PendingApprovals;

    /// <summary>The run state: serialize it to resume later.</summary>
    public AgentRunState State { get; }
}

/// <summary>The outcome of a run with a typed final output.</summary>
/// <typeparam name="T">The output type.</typeparam>
public sealed class AgentRun<T> : AgentRun
{
    internal AgentRun(AgentRunState state, string? output, T? value)
        : base(state, output)
    {
        Value = value;
    }

    /// <summary>The final output, bound and validated by generated code; default when the run did not complete.</summary>
    public T? Value { get; }
}
