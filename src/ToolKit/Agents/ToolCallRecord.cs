namespace ToolKit;

/// <summary>Where a tool call is in its life: the ledger that makes each call run at most once.</summary>
public enum ToolCallStatus
{
    /// <summary>The agent is about to run it, or was running it when the run stopped.</summary>
    Started,

    /// <summary>It finished; <see cref="ToolCallRecord.Result"/> holds what went back to the model.</summary>
    Completed,
}

/// <summary>The ledger entry of one tool call.</summary>
public sealed record ToolCallRecord
{
    /// <summary>The call id the model assigned.</summary>
    public required string CallId { get; init; }

    /// <summary>The tool.</summary>
    public required string ToolName { get; init; }

    /// <summary>Started or completed.</summary>
    public ToolCallStatus Status { get; init; }

    /// <summary>The content sent back to the model.</summary>
    public string? Result { get; init; }

    /// <summary>The error kind, when the call failed.</summary>
    public ToolErrorKind ErrorKind { get; init; }
}
