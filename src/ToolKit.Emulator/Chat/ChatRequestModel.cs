using System.Text.Json;

namespace ToolKit.Emulator.Chat;

/// <summary>A chat request as the emulator understood it. JSON elements point into the live request document.</summary>
internal sealed class ChatRequestModel
{
    public string? Model { get; init; }

    public IReadOnlyList<string> Models { get; init; } = [];

    public required IReadOnlyList<ChatMessageModel> Messages { get; init; }

    public IReadOnlyList<ToolModel> Tools { get; init; } = [];

    public ToolChoiceMode ToolChoice { get; init; } = ToolChoiceMode.Auto;

    /// <summary>The forced tool of <c>tool_choice: {"type":"function",…}</c>.</summary>
    public string? ToolChoiceName { get; init; }

    public bool ParallelToolCalls { get; init; } = true;

    public bool Stream { get; init; }

    public long? MaxTokens { get; init; }

    /// <summary><c>text</c>, <c>json_object</c> or <c>json_schema</c>; null when absent.</summary>
    public string? ResponseFormatType { get; init; }

    /// <summary>The schema of a <c>json_schema</c> response format (default when none was given).</summary>
    public JsonElement ResponseSchema { get; init; }

    public ProviderPreferences Provider { get; init; } = ProviderPreferences.None;

    public IReadOnlyList<string> Transforms { get; init; } = [];

    /// <summary>The top-level request keys, for <c>provider.require_parameters</c>.</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>Characters of message text, tool calls, tool definitions and response schema: the token estimate's input.</summary>
    public long PromptChars { get; init; }
}

/// <summary>How <c>tool_choice</c> constrains the model.</summary>
internal enum ToolChoiceMode
{
    Auto,
    None,
    Required,
    Named,
}

/// <summary>A transcript message: its role, its text (parts joined) and, for assistants, its tool calls.</summary>
internal sealed record ChatMessageModel(string Role, string Text, string? ToolCallId, IReadOnlyList<ToolCallModel> ToolCalls);

/// <summary>A tool call in the transcript or in a response.</summary>
internal sealed record ToolCallModel(string Id, string Name, string Arguments);

/// <summary>A function tool offered by the request.</summary>
internal sealed record ToolModel(string Name, string Description, JsonElement Parameters);

/// <summary>The <c>provider</c> routing object. Prices are USD per million tokens, as the request sends them.</summary>
internal sealed record ProviderPreferences(
    IReadOnlyList<string> Order,
    IReadOnlyList<string> Only,
    IReadOnlyList<string> Ignore,
    bool AllowFallbacks,
    bool RequireParameters,
    decimal? MaxPromptPrice,
    decimal? MaxCompletionPrice)
{
    public static ProviderPreferences None { get; } = new([], [], [], true, false, null, null);
}
