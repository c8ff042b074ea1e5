using System.Text.Json;

namespace ToolKit.Chat;

/// <summary>One message of a conversation, in a provider-neutral form.</summary>
public sealed record ChatMessage
{
    /// <summary>Who wrote it.</summary>
    public required ChatRole Role { get; init; }

    /// <summary>The text, or null for an assistant message that only calls tools.</summary>
    public string? Content { get; init; }

    /// <summary>
    /// Multimodal content parts as raw JSON (for example <c>{"type":"image_url","image_url":{"url":"..."}}</c>).
    /// When set, they are sent instead of <see cref="Content"/>.
    /// </summary>
    public IReadOnlyList<JsonElement>? ContentParts { get; init; }

    /// <summary>For assistant messages: the tools the model asked to call.</summary>
    public IReadOnlyList<ToolCall>? ToolCalls { get; init; }

    /// <summary>For tool messages: the id of the call this message answers.</summary>
    public string? ToolCallId { get; init; }

    /// <summary>An optional participant name.</summary>
    public string? Name { get; init; }

    /// <summary>The model's reasoning text, when the provider returns it.</summary>
    public string? Reasoning { get; init; }

    /// <summary>
    /// Provider reasoning blocks, kept exactly as received so that they can be sent back unchanged on later turns.
    /// </summary>
    public JsonElement? ReasoningDetails { get; init; }

    /// <summary>A system message.</summary>
    public static ChatMessage System(string content) => new() { Role = ChatRole.System, Content = content };

    /// <summary>A user message.</summary>
    public static ChatMessage User(string content) => new() { Role = ChatRole.User, Content = content };

    /// <summary>An assistant message.</summary>
    public static ChatMessage Assistant(string? content, IReadOnlyList<ToolCall>? toolCalls = null) =>
        new() { Role = ChatRole.Assistant, Content = content, ToolCalls = toolCalls };

    /// <summary>A tool result message.</summary>
    public static ChatMessage Tool(string toolCallId, string content) =>
        new() { Role = ChatRole.Tool, ToolCallId = toolCallId, Content = content };
}
