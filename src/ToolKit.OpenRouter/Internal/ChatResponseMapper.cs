using ToolKit.Chat;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Internal;

/// <summary>Maps OpenRouter responses and stream chunks to the provider-neutral chat types.</summary>
internal static class ChatResponseMapper
{
    private const string ToolCallsFinishReason = "tool_calls";

    /// <summary>
    /// Maps a complete response whose errors were already checked (see <see cref="ResponseValidator"/>). With a
    /// non-empty <c>tool_calls</c>, a finish reason of <c>stop</c> or none becomes <c>tool_calls</c> (others, such as
    /// <c>length</c>, are kept: they say the calls may be cut short); the original stays in
    /// <see cref="ChatResponse.NativeFinishReason"/> when the provider gave none of its own.
    /// </summary>
    public static ChatResponse ToChatResponse(ChatCompletion completion)
    {
        ChatCompletionChoice choice = completion.Choices![0];
        ChatCompletionMessage message = choice.Message!;
        List<ToolCall>? calls = message.ToolCalls is { Count: > 0 } wireCalls
            ? [.. wireCalls.Select((call, i) => new ToolCall(
                call.Id ?? $"call_{i}",
                call.Function?.Name ?? string.Empty,
                string.IsNullOrWhiteSpace(call.Function?.Arguments) ? "{}" : call.Function.Arguments))]
            : null;

        string? text = message.Content?.GetText();
        return new ChatResponse
        {
            Id = completion.Id,
            Model = completion.Model,
            Provider = completion.Provider,
            FinishReason = calls is not null ? ForToolTurn(choice.FinishReason) : choice.FinishReason,
            NativeFinishReason = choice.NativeFinishReason ?? choice.FinishReason,
            Usage = ToChatUsage(completion.Usage),
            Message = new ChatMessage
            {
                Role = ChatRole.Assistant,
                // As ChatResponseBuilder does for streams: a tool turn with no text has null content.
                Content = text is { Length: 0 } && calls is not null ? null : text,
                ToolCalls = calls,
                Reasoning = message.Reasoning,
                ReasoningDetails = message.ReasoningDetails,
            },
        };
    }

    /// <summary>
    /// Maps one chunk. <paramref name="sawToolCalls"/> carries across chunks so that the finish chunk of a tool turn
    /// reports <c>tool_calls</c> even when the provider said <c>stop</c>.
    /// </summary>
    public static ChatStreamUpdate ToChatStreamUpdate(ChatCompletionChunk chunk, ref bool sawToolCalls)
    {
        ChatCompletionChunkChoice? choice = chunk.Choices is { Count: > 0 } choices ? choices[0] : null;
        ChatCompletionDelta? delta = choice?.Delta;
        List<ToolCallDelta>? calls = null;
        if (delta?.ToolCalls is { Count: > 0 } wireCalls)
        {
            sawToolCalls = true;
            calls = new List<ToolCallDelta>(wireCalls.Count);
            for (int i = 0; i < wireCalls.Count; i++)
            {
                ChatCompletionToolCall call = wireCalls[i];
                calls.Add(new ToolCallDelta(call.Index ?? i, call.Id, call.Function?.Name, call.Function?.Arguments));
            }
        }

        string? finishReason = choice?.FinishReason;
        if (finishReason is not null && sawToolCalls)
        {
            finishReason = ForToolTurn(finishReason);
        }

        return new ChatStreamUpdate
        {
            Id = chunk.Id,
            Model = chunk.Model,
            Provider = chunk.Provider,
            TextDelta = delta?.Content,
            ReasoningDelta = delta?.Reasoning,
            ToolCalls = calls,
            FinishReason = finishReason,
            NativeFinishReason = choice?.NativeFinishReason ?? (finishReason is null ? null : choice?.FinishReason),
            Usage = ToChatUsage(chunk.Usage),
            ReasoningDetails = delta?.ReasoningDetails,
        };
    }

    // Providers end tool turns with "stop" or nothing; anything else carries information worth keeping.
    private static string? ForToolTurn(string? finishReason) =>
        finishReason is null or "stop" ? ToolCallsFinishReason : finishReason;

    public static ChatUsage? ToChatUsage(CompletionUsage? usage) => usage is null
        ? null
        : new ChatUsage
        {
            PromptTokens = usage.PromptTokens,
            CompletionTokens = usage.CompletionTokens,
            TotalTokens = usage.TotalTokens,
            CachedTokens = usage.PromptTokensDetails?.CachedTokens,
            ReasoningTokens = usage.CompletionTokensDetails?.ReasoningTokens,
            CostUsd = usage.Cost,
        };
}
