namespace ToolKit.Chat;

/// <summary>One piece of a streamed answer. Merge them with <see cref="ChatResponseBuilder"/>.</summary>
public sealed record ChatStreamUpdate
{
    /// <summary>The generation id.</summary>
    public string? Id { get; init; }

    /// <summary>The model that is serving.</summary>
    public string? Model { get; init; }

    /// <summary>The upstream provider.</summary>
    public string? Provider { get; init; }

    /// <summary>New answer text.</summary>
    public string? TextDelta { get; init; }

    /// <summary>New reasoning text.</summary>
    public string? ReasoningDelta { get; init; }

    /// <summary>Fragments of tool calls, merged by <see cref="ToolCallDelta.Index"/>.</summary>
    public IReadOnlyList<ToolCallDelta>? ToolCalls { get; init; }

    /// <summary>The finish reason, on the last content update.</summary>
    public string? FinishReason { get; init; }

    /// <summary>The upstream provider's finish reason.</summary>
    public string? NativeFinishReason { get; init; }

    /// <summary>Usage, usually on the last update.</summary>
    public ChatUsage? Usage { get; init; }

    /// <summary>Reasoning blocks to keep and echo back.</summary>
    public System.Text.Json.JsonElement? ReasoningDetails { get; init; }
}

/// <summary>A fragment of a streamed tool call.</summary>
/// <param name="Index">Which tool call of the message this fragment belongs to.</param>
/// <param name="Id">The call id, on the first fragment.</param>
/// <param name="Name">The tool name, on the first fragment.</param>
/// <param name="ArgumentsDelta">More argument text.</param>
public sealed record ToolCallDelta(int Index, string? Id, string? Name, string? ArgumentsDelta);
