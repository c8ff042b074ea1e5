using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// A tool call: in a response message, in an assistant message sent back, or as a fragment of a streamed delta
/// (then <see cref="Index"/> says which call it belongs to and each field may be partial).
/// </summary>
public sealed class ChatCompletionToolCall
{
    /// <summary>In a streamed delta: which tool call of the message this fragment belongs to.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>The call id; the tool result must echo it. In a stream, on the first fragment only.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Always <c>function</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; } = "function";

    /// <summary>The function name and arguments.</summary>
    [JsonPropertyName("function")]
    public FunctionCall? Function { get; set; }
}

/// <summary>The function part of a tool call.</summary>
public sealed class FunctionCall
{
    /// <summary>The tool name. In a stream, on the first fragment only.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The arguments as a JSON string; <c>""</c> means <c>{}</c>. In a stream, a fragment to append.</summary>
    [JsonPropertyName("arguments")]
    public string? Arguments { get; set; }
}
