namespace ToolKit.Chat;

/// <summary>A complete answer from a model.</summary>
public sealed record ChatResponse
{
    /// <summary>The provider's id for the generation (OpenRouter: usable with <c>/generation</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The model that actually served the request; often a dated id, so don't compare it for equality.</summary>
    public string? Model { get; init; }

    /// <summary>The upstream provider's display name, when known.</summary>
    public string? Provider { get; init; }

    /// <summary>The assistant message.</summary>
    public required ChatMessage Message { get; init; }

    /// <summary>The normalized finish reason: <c>stop</c>, <c>length</c>, <c>tool_calls</c>, <c>content_filter</c> or <c>error</c>.</summary>
    public string? FinishReason { get; init; }

    /// <summary>The finish reason as the upstream provider gave it.</summary>
    public string? NativeFinishReason { get; init; }

    /// <summary>Tokens and cost.</summary>
    public ChatUsage? Usage { get; init; }

    /// <summary>Whether this is a tool turn. A non-empty tool call list decides, whatever the finish reason says.</summary>
    public bool HasToolCalls => Message.ToolCalls is { Count: > 0 };
}
