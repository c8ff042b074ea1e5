using Microsoft.Extensions.Logging;
using ToolKit.Chat;

namespace ToolKit;

/// <summary>
/// The agent's log events (<see cref="AgentOptions.Logger"/>), source-generated with <see cref="LoggerMessageAttribute"/>
/// so a disabled level costs a check and no allocation. Events name runs, models, tools, failure kinds and sizes;
/// message content, tool arguments and tool results appear only in the <c>...Content</c> events, which the agent
/// writes only when <see cref="AgentOptions.RecordContentInTelemetry"/> is set.
/// </summary>
internal static partial class AgentLog
{
    [LoggerMessage(EventId = 1, EventName = "RunStarted", Level = LogLevel.Information,
        Message = "Agent run {RunId} started (resumed: {Resumed}, turns so far: {Turns}, models: {Models}, tools: {ToolCount})")]
    public static partial void RunStarted(ILogger logger, string runId, bool resumed, int turns, string models, int toolCount);

    [LoggerMessage(EventId = 2, EventName = "RunFinished", Level = LogLevel.Information,
        Message = "Agent run {RunId} finished as {Status} after {Turns} turns and {ToolCalls} tool calls; cost {CostUsd} USD, {TotalTokens} tokens, limit reached: {LimitReached}")]
    public static partial void RunFinished(ILogger logger, string runId, AgentRunStatus status, int turns, int toolCalls, decimal costUsd, int totalTokens, string? limitReached);

    [LoggerMessage(EventId = 3, EventName = "RunFailed", Level = LogLevel.Error,
        Message = "Agent run {RunId} failed with {FailureKind} after {Turns} turns: {FailureMessage}")]
    public static partial void RunFailed(ILogger logger, string runId, FailureKind failureKind, int turns, string failureMessage);

    [LoggerMessage(EventId = 4, EventName = "AttemptFailed", Level = LogLevel.Warning,
        Message = "Agent run {RunId} turn {Turn}: model {Model} failed with {FailureKind} after {LatencyMs} ms: {FailureMessage}")]
    public static partial void AttemptFailed(ILogger logger, string runId, int turn, string model, FailureKind failureKind, long latencyMs, string failureMessage);

    [LoggerMessage(EventId = 5, EventName = "ModelSkipped", Level = LogLevel.Information,
        Message = "Agent run {RunId} turn {Turn}: model {Model} skipped ({FailureKind}): {Reason}")]
    public static partial void ModelSkipped(ILogger logger, string runId, int turn, string model, FailureKind failureKind, string reason);

    [LoggerMessage(EventId = 6, EventName = "Fallback", Level = LogLevel.Warning,
        Message = "Agent run {RunId} turn {Turn}: falling back from {FromModel} to {ToModel} after {FailureKind}")]
    public static partial void Fallback(ILogger logger, string runId, int turn, string fromModel, string toModel, FailureKind failureKind);

    [LoggerMessage(EventId = 7, EventName = "RetryWait", Level = LogLevel.Information,
        Message = "Agent run {RunId} turn {Turn}: retry {Retry} of {MaxRetries} on {Model} after {FailureKind}, waiting {DelayMs} ms (Retry-After: {FromRetryAfter})")]
    public static partial void RetryWait(ILogger logger, string runId, int turn, int retry, int maxRetries, string model, FailureKind failureKind, long delayMs, bool fromRetryAfter);

    [LoggerMessage(EventId = 8, EventName = "TurnCompleted", Level = LogLevel.Debug,
        Message = "Agent run {RunId} turn {Turn}: {Model} answered (served by {ServedModel}) with {ToolCallCount} tool calls; {TotalTokens} tokens, cost {CostUsd} USD")]
    public static partial void TurnCompleted(ILogger logger, string runId, int turn, string model, string? servedModel, int toolCallCount, int totalTokens, decimal? costUsd);

    [LoggerMessage(EventId = 9, EventName = "TurnCompletedContent", Level = LogLevel.Debug,
        Message = "Agent run {RunId} turn {Turn}: answer text: {Content}")]
    public static partial void TurnCompletedContent(ILogger logger, string runId, int turn, string? content);

    [LoggerMessage(EventId = 10, EventName = "ToolStarted", Level = LogLevel.Debug,
        Message = "Agent run {RunId}: tool {ToolName} call {CallId} started")]
    public static partial void ToolStarted(ILogger logger, string runId, string toolName, string callId);

    [LoggerMessage(EventId = 11, EventName = "ToolStartedContent", Level = LogLevel.Debug,
        Message = "Agent run {RunId}: tool {ToolName} call {CallId} arguments: {Arguments}")]
    public static partial void ToolStartedContent(ILogger logger, string runId, string toolName, string callId, string arguments);

    [LoggerMessage(EventId = 12, EventName = "ToolFinished", Level = LogLevel.Debug,
        Message = "Agent run {RunId}: tool {ToolName} call {CallId} finished in {DurationMs} ms")]
    public static partial void ToolFinished(ILogger logger, string runId, string toolName, string callId, long durationMs);

    [LoggerMessage(EventId = 13, EventName = "ToolFailed", Level = LogLevel.Warning,
        Message = "Agent run {RunId}: tool {ToolName} call {CallId} failed with {ErrorKind} after {DurationMs} ms")]
    public static partial void ToolFailed(ILogger logger, string runId, string toolName, string callId, ToolErrorKind errorKind, long durationMs);

    [LoggerMessage(EventId = 14, EventName = "ToolTimedOut", Level = LogLevel.Warning,
        Message = "Agent run {RunId}: tool {ToolName} call {CallId} did not finish within {TimeoutMs} ms and was cancelled")]
    public static partial void ToolTimedOut(ILogger logger, string runId, string toolName, string callId, long timeoutMs);

    [LoggerMessage(EventId = 15, EventName = "ToolResultContent", Level = LogLevel.Debug,
        Message = "Agent run {RunId}: tool {ToolName} call {CallId} result ({ErrorKind}): {Result}")]
    public static partial void ToolResultContent(ILogger logger, string runId, string toolName, string callId, ToolErrorKind errorKind, string result);

    [LoggerMessage(EventId = 16, EventName = "ToolOutcomeUnknown", Level = LogLevel.Warning,
        Message = "Agent run {RunId}: tool {ToolName} call {CallId} was started in an earlier session and never completed; it is not run again and the model is told its outcome is unknown")]
    public static partial void ToolOutcomeUnknown(ILogger logger, string runId, string toolName, string callId);

    [LoggerMessage(EventId = 17, EventName = "ApprovalRequired", Level = LogLevel.Information,
        Message = "Agent run {RunId} paused: {Count} tool calls need approval ({ToolNames})")]
    public static partial void ApprovalRequired(ILogger logger, string runId, int count, string toolNames);

    [LoggerMessage(EventId = 18, EventName = "LimitReached", Level = LogLevel.Warning,
        Message = "Agent run {RunId}: limit {Limit} reached after {Turns} turns, {ToolCalls} tool calls and {CostUsd} USD; {Action}")]
    public static partial void LimitReached(ILogger logger, string runId, string limit, int turns, int toolCalls, decimal costUsd, string action);
}
