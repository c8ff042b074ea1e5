using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Internal;

/// <summary>Turns the error shapes that arrive with HTTP 200 into exceptions.</summary>
internal static class ResponseValidator
{
    /// <summary>
    /// Throws for a top-level <c>error</c>, for <c>choices[0].error</c> or <c>finish_reason: "error"</c> (shape 2), and
    /// for a response with no choices or no message (<see cref="Chat.FailureKind.InvalidResponse"/>).
    /// </summary>
    public static void EnsureSuccess(ChatCompletion completion, ErrorContext context)
    {
        if (completion.Error is not null)
        {
            throw ErrorFactory.FromInBandError(completion.Error, "in a 200 response", completion.Id, completion.Provider, completion.Model, context);
        }

        if (completion.Choices is not { Count: > 0 } choices)
        {
            throw ErrorFactory.InvalidResponse("the response has no choices", null, context, 200, completion.Id, completion.Model);
        }

        ChatCompletionChoice choice = choices[0];
        if (choice.Error is not null || choice.FinishReason == "error")
        {
            throw ErrorFactory.FromInBandError(choice.Error, "in choices[0] of a 200 response", completion.Id, completion.Provider, completion.Model, context);
        }

        if (choice.Message is null)
        {
            throw ErrorFactory.InvalidResponse("choices[0] has no message", null, context, 200, completion.Id, completion.Model);
        }
    }

    /// <summary>Throws for a mid-stream error event (shape 3): a chunk with <c>error</c> or <c>finish_reason: "error"</c>.</summary>
    public static void EnsureSuccess(ChatCompletionChunk chunk, ErrorContext context)
    {
        if (chunk.Error is not null)
        {
            throw ErrorFactory.FromInBandError(chunk.Error, "mid-stream", chunk.Id, chunk.Provider, chunk.Model, context);
        }

        foreach (ChatCompletionChunkChoice choice in chunk.Choices ?? [])
        {
            if (choice.Error is not null || choice.FinishReason == "error")
            {
                throw ErrorFactory.FromInBandError(choice.Error, "mid-stream", chunk.Id, chunk.Provider, chunk.Model, context);
            }
        }
    }
}
