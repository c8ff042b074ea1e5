using System.Runtime.CompilerServices;
using ToolKit.Chat;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter;

/// <content>The provider-neutral <see cref="IChatModel"/> implementation.</content>
public partial class OpenRouterClient
{
    /// <summary>
    /// Sends a provider-neutral request. An <see cref="OpenRouterRequestOptions"/> in
    /// <see cref="ChatRequest.Extensions"/> adds routing, fallbacks, plugins, reasoning and extra sampling fields.
    /// </summary>
    /// <exception cref="OpenRouterException">The call failed; <see cref="ChatModelException.Kind"/> says how.</exception>
    public virtual async Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ChatCompletion completion = await SendChatCompletionAsync(null, request, request.Model, cancellationToken).ConfigureAwait(false);
        return ChatResponseMapper.ToChatResponse(completion);
    }

    /// <summary>
    /// Streams a provider-neutral request as updates; merge them with <see cref="ChatResponseBuilder"/>. Cancelling
    /// or disposing the enumerator closes the connection.
    /// </summary>
    /// <exception cref="OpenRouterException">The call failed, before or during the stream.</exception>
    public virtual IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StreamUpdatesAsync(request, cancellationToken);
    }

    private async IAsyncEnumerable<ChatStreamUpdate> StreamUpdatesAsync(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        bool sawToolCalls = false;
        await foreach (ChatCompletionChunk chunk in StreamChatCompletionCoreAsync(null, request, request.Model, cancellationToken).ConfigureAwait(false))
        {
            yield return ChatResponseMapper.ToChatStreamUpdate(chunk, ref sawToolCalls);
        }
    }
}
