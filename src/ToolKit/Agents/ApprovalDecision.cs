namespace ToolKit;

/// <summary>A tool call that waits for approval.</summary>
/// <param name="CallId">The call id.</param>
/// <param name="ToolName">The tool.</param>
/// <param name="Arguments">The arguments the model sent.</param>
public sealed record PendingApproval(string CallId, string ToolName, string Arguments);

/// <summary>A person's or a policy's answer to a <see cref="PendingApproval"/>.</summary>
/// <param name="CallId">The call id.</param>
/// <param name="Approved">Whether the call may run.</param>
/// <param name="Reason">For a denial: why, told to the model.</param>
public sealed record ApprovalDecision(string CallId, bool Approved, string? Reason = null)
{
    /// <summary>Approves a call.</summary>
    public static ApprovalDecision Approve(string callId) => new(callId, true);

    /// <summary>Denies a call.</summary>
    public static ApprovalDecision Deny(string callId, string? reason = null) => new(callId, false, reason);
}
