namespace ToolKit;

/// <summary>How a run ended.</summary>
public enum AgentRunStatus
{
    /// <summary>The model gave its final answer.</summary>
    Completed,

    /// <summary>A limit ran out; the output is the best answer the agent had. See <see cref="AgentRun.LimitReached"/>.</summary>
    Partial,

    /// <summary>The run is paused until tool calls are approved or denied; resume it with <see cref="Agent.ResumeAsync(AgentRunState, IEnumerable{ApprovalDecision}?, CancellationToken)"/>.</summary>
    AwaitingApproval,
}
