namespace ToolKit.Emulator.Chat;

/// <summary>What a model answered: text and/or tool calls, a finish reason, and optional reasoning.</summary>
internal sealed record ModelTurn
{
    public string? Content { get; init; }

    public IReadOnlyList<ToolCallModel> ToolCalls { get; init; } = [];

    /// <summary>The finish reason; null is a legitimate (faulty) value, so "derive it" is <see cref="DerivedFinish"/>.</summary>
    public string? FinishReason { get; init; } = DerivedFinish;

    public string? Reasoning { get; init; }

    /// <summary>A marker meaning "tool_calls when there are calls, else stop".</summary>
    public const string DerivedFinish = "\u0000derive";

    /// <summary>The finish reason as sent.</summary>
    public string? EffectiveFinishReason =>
        FinishReason == DerivedFinish ? (ToolCalls.Count > 0 ? "tool_calls" : "stop") : FinishReason;
}
