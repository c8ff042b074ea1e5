using System.Text.Json.Serialization;

namespace ServiceAgent;


/// <summary>Data of <c>text_delta</c>.</summary>
public sealed record TextDeltaPayload(int Turn, string Text, string Model);

/// <summary>Data of <c>attempt_failed</c>: discard the text streamed by that attempt.</summary>
public sealed record AttemptFailedPayload(int Turn, string Model, string? Failure, string? Message, bool Skipped);

/// <summary>Data of <c>fallback</c>.</summary>
public sealed record FallbackPayload(int Turn, string From, string To, string Reason);

/// <summary>Data of <c>tool_call_started</c>; <see cref="Arguments"/> is the model's JSON text.</summary>
public sealed record ToolCallStartedPayload(int Turn, string CallId, string Tool, string Arguments);

/// <summary>Data of <c>tool_call_completed</c>; <see cref="Error"/> is the error kind, null on success.</summary>
public sealed record ToolCallCompletedPayload(int Turn, string CallId, string Tool, string? Error, string Content, double DurationMs);

/// <summary>Data of <c>approval_required</c>.</summary>
public sealed record ApprovalRequiredPayload(int Turn, IReadOnlyList<PendingCallPayload> Calls);

/// <summary>One call waiting for approval.</summary>
public sealed record PendingCallPayload(string CallId, string Tool, string Arguments);

/// <summary>Data of <c>usage</c>: the turn's tokens and cost, and the run's cost so far.</summary>
public sealed record UsagePayload(int Turn, string? ServedModel, int PromptTokens, int CompletionTokens, decimal? CostUsd, decimal? RunCostUsd);

/// <summary>Data of <c>run_finished</c>, the last event of a run.</summary>
public sealed record RunFinishedPayload(string RunId, string Status, string? Output, string? LimitReached, int TotalTokens, decimal? CostUsd, int Attempts);

/// <summary>Data of <c>run_failed</c>, the last event of a run that failed.</summary>
public sealed record RunFailedPayload(string Kind, string Message);

/// <summary>Data of an event type this version does not know.</summary>
public sealed record UnknownPayload(int Turn, string Type);

/// <summary>Source-generated JSON for the request and the event payloads (snake_case, no nulls).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AskRequest))]
[JsonSerializable(typeof(TextDeltaPayload))]
[JsonSerializable(typeof(AttemptFailedPayload))]
[JsonSerializable(typeof(FallbackPayload))]
[JsonSerializable(typeof(ToolCallStartedPayload))]
[JsonSerializable(typeof(ToolCallCompletedPayload))]
[JsonSerializable(typeof(ApprovalRequiredPayload))]
[JsonSerializable(typeof(UsagePayload))]
[JsonSerializable(typeof(RunFinishedPayload))]
[JsonSerializable(typeof(RunFailedPayload))]
[JsonSerializable(typeof(UnknownPayload))]
public sealed partial class SseJsonContext : JsonSerializerContext;
