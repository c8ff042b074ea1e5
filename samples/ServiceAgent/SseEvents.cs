using System.Net.ServerSentEvents;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ToolKit;

namespace ServiceAgent;

/// <summary>
/// Turns agent events into Server-Sent Events: the event type names what happened (<c>tool_call_started</c>,
/// <c>run_finished</c>, …) and the data is one line of JSON with the fields a client needs.
/// </summary>
public static class SseEvents
{
    // Quotes stay quotes in the data lines (readable with curl); clients parse them with JSON.parse, never as HTML.
    private static readonly SseJsonContext Json = new(new JsonSerializerOptions(SseJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The event a failed run ends with (the agent threw <see cref="AgentRunException"/>).</summary>
    public const string RunFailed = "run_failed";

    /// <summary>The SSE form of <paramref name="e"/>.</summary>
    public static SseItem<string> From(AgentEvent e) => e switch
    {
        TextDeltaEvent text => Item("text_delta", new TextDeltaPayload(e.Turn, text.Text, text.Model), Json.TextDeltaPayload),
        AttemptFailedEvent failed => Item("attempt_failed", new AttemptFailedPayload(
            e.Turn, failed.Attempt.RequestedModel, failed.Attempt.Failure?.ToString(), failed.Attempt.FailureMessage, failed.Attempt.Skipped),
            Json.AttemptFailedPayload),
        FallbackEvent fallback => Item("fallback", new FallbackPayload(e.Turn, fallback.FromModel, fallback.ToModel, fallback.Reason.ToString()),
            Json.FallbackPayload),
        ToolCallStartedEvent started => Item("tool_call_started", new ToolCallStartedPayload(e.Turn, started.CallId, started.ToolName, started.Arguments),
            Json.ToolCallStartedPayload),
        ToolCallCompletedEvent completed => Item("tool_call_completed", new ToolCallCompletedPayload(
            e.Turn, completed.CallId, completed.ToolName, completed.Result.IsError ? completed.Result.ErrorKind.ToString() : null,
            completed.Result.Content, completed.Duration.TotalMilliseconds), Json.ToolCallCompletedPayload),
        ApprovalRequiredEvent approval => Item("approval_required", new ApprovalRequiredPayload(
            e.Turn, approval.Calls.Select(c => new PendingCallPayload(c.CallId, c.ToolName, c.Arguments)).ToList()),
            Json.ApprovalRequiredPayload),
        UsageEvent usage => Item("usage", new UsagePayload(
            e.Turn, usage.ServedModel, usage.TurnUsage.PromptTokens, usage.TurnUsage.CompletionTokens, usage.TurnUsage.CostUsd, usage.RunUsage.CostUsd),
            Json.UsagePayload),
        RunFinishedEvent done => Item("run_finished", new RunFinishedPayload(
            done.Run.RunId, done.Run.Status.ToString(), done.Run.Output, done.Run.LimitReached, done.Run.Usage.TotalTokens, done.Run.Usage.CostUsd,
            done.Run.Attempts.Count), Json.RunFinishedPayload),
        _ => Item("event", new UnknownPayload(e.Turn, e.GetType().Name), Json.UnknownPayload),
    };

    /// <summary>The event a failed run ends with.</summary>
    public static SseItem<string> From(AgentRunException failure) =>
        Item(RunFailed, new RunFailedPayload(failure.Kind.ToString(), failure.Message), Json.RunFailedPayload);

    private static SseItem<string> Item<T>(string type, T payload, JsonTypeInfo<T> info) =>
        new(JsonSerializer.Serialize(payload, info), type);
}
