using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>A tool the model may call: <c>{"type":"function","function":{...}}</c>.</summary>
public sealed class ChatCompletionTool
{
    /// <summary>Always <c>function</c> for client-side tools.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "function";

    /// <summary>The function definition.</summary>
    [JsonPropertyName("function")]
    public required FunctionDefinition Function { get; set; }

    /// <summary>A function tool.</summary>
    /// <param name="name">The tool name.</param>
    /// <param name="description">What the tool does, for the model.</param>
    /// <param name="parameters">The JSON schema of the arguments object.</param>
    /// <param name="strict">Whether the provider must follow the schema exactly (OpenAI strict mode).</param>
    public static ChatCompletionTool CreateFunction(string name, string? description, RawJson parameters, bool? strict = null) =>
        new() { Function = new FunctionDefinition { Name = name, Description = description, Parameters = parameters, Strict = strict } };
}

/// <summary>The <c>function</c> of a tool definition.</summary>
public sealed class FunctionDefinition
{
    /// <summary>The tool name, at most 64 characters of <c>[a-zA-Z0-9_-]</c>.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>What the tool does, written for the model.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The JSON schema of the arguments object, sent verbatim.</summary>
    [JsonPropertyName("parameters")]
    public RawJson? Parameters { get; set; }

    /// <summary>Whether the provider must follow the schema exactly.</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; set; }
}
