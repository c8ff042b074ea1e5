namespace ToolKit.Chat;

/// <summary>Token counts and cost of one model call.</summary>
public sealed record ChatUsage
{
    /// <summary>Tokens in the prompt.</summary>
    public int PromptTokens { get; init; }

    /// <summary>Tokens generated.</summary>
    public int CompletionTokens { get; init; }

    /// <summary>Prompt plus completion tokens.</summary>
    public int TotalTokens { get; init; }

    /// <summary>Prompt tokens served from the provider's cache, when reported.</summary>
    public int? CachedTokens { get; init; }

    /// <summary>Completion tokens spent on reasoning, when reported.</summary>
    public int? ReasoningTokens { get; init; }

    /// <summary>What the call cost in USD, when the provider reports it (OpenRouter always does).</summary>
    public decimal? CostUsd { get; init; }

    /// <summary>The sum of two usages; cost is known only when both are.</summary>
    public static ChatUsage operator +(ChatUsage left, ChatUsage right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new ChatUsage
        {
            PromptTokens = left.PromptTokens + right.PromptTokens,
            CompletionTokens = left.CompletionTokens + right.CompletionTokens,
            TotalTokens = left.TotalTokens + right.TotalTokens,
            CachedTokens = Add(left.CachedTokens, right.CachedTokens),
            ReasoningTokens = Add(left.ReasoningTokens, right.ReasoningTokens),
            CostUsd = left.CostUsd is { } a && right.CostUsd is { } b ? a + b : left.CostUsd ?? right.CostUsd,
        };
    }

    /// <summary>No tokens, no cost.</summary>
    public static ChatUsage Zero { get; } = new() { CostUsd = 0m };

    private static int? Add(int? a, int? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
