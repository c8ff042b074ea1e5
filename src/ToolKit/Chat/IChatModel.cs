namespace ToolKit.Chat;

/// <summary>
/// A chat model endpoint: what the agent loop talks to. <c>OpenRouterClient</c> implements it; tests can use the
/// OpenRouter emulator or their own fakes.
/// </summary>
public interface IChatModel
{
    /// <summary>Sends the request and returns the whole answer.</summary>
    /// <exception cref="ChatModelException">The call failed; <see cref="ChatModelException.Kind"/> says how.</exception>
    Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the request and streams the answer. Cancelling <paramref name="cancellationToken"/>, or disposing the
    /// enumerator, closes the connection.
    /// </summary>
    /// <exception cref="ChatModelException">The call failed, before or during the stream.</exception>
    IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, CancellationToken cancellationToken = default);
}
