using ToolKit.Chat;

namespace ToolKit;

/// <summary>Something that happened during a streamed run.</summary>
public abstract record AgentEvent
{
    /// <summary>The turn it happened in (1-based).</summary>
    public int Turn { get; init; }
}

/// <summary>New answer text from the model. If an <see cref="AttemptFailedEvent"/> follows, discard the attempt's text.</summary>
/// <param name="Text">The new text.</param>
/// <param name="Model">The model that is answering.</param>
public sealed record TextDeltaEvent(string Text, string Model) : AgentEvent;

/// <summary>A tool call is about to run.</summary>
public sealed record ToolCallStartedEvent(string CallId, string ToolName, string Arguments) : AgentEvent;

/// <summary>A tool call finished (or was refused, timed out or found already done).</summary>
public sealed record ToolCallCompletedEvent(string CallId, string ToolName, ToolResult Result, TimeSpan Duration) : AgentEvent;

/// <summary>A model request failed; the agent will retry or move on.</summary>
public sealed record AttemptFailedEvent(ModelAttempt Attempt) : AgentEvent;

/// <summary>The agent moved from one model to the next in the chain.</summary>
public sealed record FallbackEvent(string FromModel, string ToModel, FailureKind Reason) : AgentEvent;

/// <summary>The run paused because tool calls need approval.</summary>
public sealed record ApprovalRequiredEvent(IReadOnlyList<PendingApproval> Calls) : AgentEvent;

/// <summary>A model turn completed; usage so far.</summary>
public sealed record UsageEvent(ChatUsage TurnUsage, ChatUsage RunUsage, string? ServedModel) : AgentEvent;

/// <summary>The run ended (completed, partial or awaiting approval).</summary>
public sealed record RunFinishedEvent(AgentRun Run) : AgentEvent;
