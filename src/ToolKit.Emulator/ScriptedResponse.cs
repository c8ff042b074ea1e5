namespace ToolKit.Emulator;

/// <summary>
/// One queued answer of a scripted model: text, tool calls, or a fault, optionally after a delay.
/// Queue them with <see cref="OpenRouterEmulator.Script(string, ScriptedResponse[])"/>.
/// </summary>
public sealed record ScriptedResponse
{
    /// <summary>The assistant text, or null.</summary>
    public string? Text { get; init; }

    /// <summary>The tool calls the assistant makes (empty for none).</summary>
    public IReadOnlyList<ScriptedToolCall> ToolCalls { get; init; } = [];

    /// <summary>Reasoning text, sent as <c>reasoning</c> and as one <c>reasoning.text</c> entry of <c>reasoning_details</c>.</summary>
    public string? Reasoning { get; init; }

    /// <summary>A fault spec in the <c>X-Emulator-Fault</c> syntax (for example <c>"503"</c> or <c>"stream-error"</c>), or null.</summary>
    public string? Fault { get; init; }

    /// <summary>
    /// Overrides the finish reason. Null derives it: <c>tool_calls</c> when there are calls, else <c>stop</c>.
    /// </summary>
    public string? FinishReason { get; init; }

    /// <summary>Waited before the answer is produced (the request stays open meanwhile).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>An answer with this text.</summary>
    public static ScriptedResponse FromText(string text) => new() { Text = text };

    /// <summary>An answer that calls these tools.</summary>
    public static ScriptedResponse FromToolCalls(params ScriptedToolCall[] calls) => new() { ToolCalls = calls };

    /// <summary>An answer that is this fault (see docs/emulator.md for the syntax). The spec is checked here.</summary>
    public static ScriptedResponse FromFault(string spec)
    {
        EmulatorFault.Parse(spec);
        return new() { Fault = spec };
    }
}
