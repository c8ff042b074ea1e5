using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// A message in the <c>messages</c> array of a request, or the assistant <c>message</c> of a response choice.
/// </summary>
public sealed class ChatCompletionMessage
{
    /// <summary><c>system</c>, <c>developer</c>, <c>user</c>, <c>assistant</c> or <c>tool</c>.</summary>
    [JsonPropertyName("role")]
    public required string Role { get; set; }

    /// <summary>The content: a string, or content parts. Null for an assistant message that only calls tools.</summary>
    [JsonPropertyName("content")]
    public MessageContent? Content { get; set; }

    /// <summary>An optional participant name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>For <c>tool</c> messages: the id of the call this message answers.</summary>
    [JsonPropertyName("tool_call_id")]
    public string? ToolCallId { get; set; }

    /// <summary>For assistant messages: the tool calls. A non-empty list means a tool turn, whatever the finish reason.</summary>
    [JsonPropertyName("tool_calls")]
    public IList<ChatCompletionToolCall>? ToolCalls { get; set; }

    /// <summary>The model's reasoning text, when the model returns it.</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; set; }

    /// <summary>
    /// Reasoning blocks, exactly as received. Send them back unchanged on the assistant message of later turns so the
    /// model can continue its reasoning (some providers require it around tool calls).
    /// </summary>
    [JsonPropertyName("reasoning_details")]
    public JsonElement? ReasoningDetails { get; set; }

    /// <summary>A refusal message, when the model declined.</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; set; }

    /// <summary>Fields with no property here (for example <c>images</c>, <c>annotations</c>); kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A system message.</summary>
    public static ChatCompletionMessage CreateSystem(string content) => new() { Role = "system", Content = content };

    /// <summary>A user message.</summary>
    public static ChatCompletionMessage CreateUser(MessageContent content) => new() { Role = "user", Content = content };

    /// <summary>An assistant message, optionally with tool calls.</summary>
    public static ChatCompletionMessage CreateAssistant(string? content, IList<ChatCompletionToolCall>? toolCalls = null) =>
        new() { Role = "assistant", Content = content is null ? null : new MessageContent(content), ToolCalls = toolCalls };

    /// <summary>A tool result.</summary>
    public static ChatCompletionMessage CreateTool(string toolCallId, string content) =>
        new() { Role = "tool", ToolCallId = toolCallId, Content = content };
}
