namespace ToolKit;

/// <summary>
/// Budgets for one agent run, checked before every model request. When one has run out and the model still needs
/// another turn, the agent makes one final turn with <c>tool_choice: none</c> and returns a result marked partial,
/// so a budget is overshot by at most that one request. The wall-clock limit gets no final turn: the run stops.
/// </summary>
public sealed record RunLimits
{
    /// <summary>The most model turns before the agent wraps up with its final turn. Default 16.</summary>
    public int MaxTurns { get; init; } = 16;

    /// <summary>The most tool calls in the whole run. Default 64.</summary>
    public int MaxToolCalls { get; init; } = 64;

    /// <summary>The most tool calls run from one model turn; calls beyond it get an error result. Default 16.</summary>
    public int MaxToolCallsPerTurn { get; init; } = 16;

    /// <summary>The most tokens (prompt plus completion, summed over requests), or null for no limit.</summary>
    public int? MaxTotalTokens { get; init; }

    /// <summary>The most USD to spend, from the provider's reported cost, or null for no limit.</summary>
    public decimal? MaxCostUsd { get; init; }

    /// <summary>The longest the run may take, or null for no limit.</summary>
    public TimeSpan? MaxDuration { get; init; }
}
