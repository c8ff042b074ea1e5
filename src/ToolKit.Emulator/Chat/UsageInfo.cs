using System.Text.Json;
using ToolKit.Emulator.Catalog;

namespace ToolKit.Emulator.Chat;

/// <summary>
/// Token counts and cost of one completion. Tokens are estimated as characters / <c>CharsPerToken</c> (rounded up);
/// cost is tokens × the catalog's USD-per-token prices plus the per-request price.
/// </summary>
internal sealed record UsageInfo(long PromptTokens, long CompletionTokens, long ReasoningTokens, decimal PromptCost, decimal CompletionCost, decimal RequestCost)
{
    public long TotalTokens => PromptTokens + CompletionTokens;

    public decimal Cost => Normalize(PromptCost + CompletionCost + RequestCost);

    public static long EstimatePromptTokens(ChatRequestModel request, int charsPerToken) =>
        Math.Max(1, Ceiling(request.PromptChars, charsPerToken));

    public static UsageInfo For(CatalogModel model, long promptTokens, ModelTurn turn, int charsPerToken)
    {
        var reasoning = Ceiling(turn.Reasoning?.Length ?? 0, charsPerToken);
        var completionChars = (turn.Content?.Length ?? 0) + turn.ToolCalls.Sum(c => c.Name.Length + c.Arguments.Length);
        var completion = Ceiling(completionChars, charsPerToken) + reasoning;
        return new UsageInfo(promptTokens, completion, reasoning,
            promptTokens * model.PromptPrice, completion * model.CompletionPrice, model.RequestPrice);
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject("usage");
        w.WriteNumber("prompt_tokens", PromptTokens);
        w.WriteNumber("completion_tokens", CompletionTokens);
        w.WriteNumber("total_tokens", TotalTokens);
        w.WriteNumber("cost", Cost);
        w.WriteBoolean("is_byok", false);
        w.WriteStartObject("prompt_tokens_details");
        w.WriteNumber("cached_tokens", 0);
        w.WriteNumber("audio_tokens", 0);
        w.WriteEndObject();
        w.WriteStartObject("cost_details");
        w.WriteNull("upstream_inference_cost");
        w.WriteNumber("upstream_inference_prompt_cost", Normalize(PromptCost));
        w.WriteNumber("upstream_inference_completions_cost", Normalize(CompletionCost));
        w.WriteEndObject();
        w.WriteStartObject("completion_tokens_details");
        w.WriteNumber("reasoning_tokens", ReasoningTokens);
        w.WriteNumber("image_tokens", 0);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static long Ceiling(long chars, int perToken) => (chars + perToken - 1) / perToken;

    // Drops trailing zeros (0.000010 → 0.00001) so costs read like the API's.
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
