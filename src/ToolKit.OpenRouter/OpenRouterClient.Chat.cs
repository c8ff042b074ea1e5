using System.Runtime.CompilerServices;
using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter;

/// <content>Chat completions on the wire types.</content>
public partial class OpenRouterClient
{
    private const string ChatCompletionsPath = "chat/completions";

    /// <summary>Sends <c>POST /chat/completions</c> and returns the whole answer.</summary>
    /// <param name="request">The request; <see cref="ChatCompletionRequest.Stream"/> must not be true.</param>
    /// <param name="cancellationToken">Cancels the call and closes the connection.</param>
    /// <exception cref="OpenRouterException">An error status, an error inside the 200 response (<c>choices[0].error</c>
    /// or <c>finish_reason: "error"</c>), no choices, an unreadable body, a network fault or a timeout.</exception>
    public virtual async Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Stream == true)
        {
            throw new ArgumentException("Use StreamChatCompletionAsync to stream.", nameof(request));
        }

        return await SendChatCompletionAsync(request, null, request.Model, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends <c>POST /chat/completions</c> with <c>stream: true</c> and yields the chunks as they arrive. Keep-alive
    /// comments are skipped; the stream ends at <c>data: [DONE]</c>. Cancelling <paramref name="cancellationToken"/>
    /// or disposing the enumerator (for example with <c>break</c>) closes the connection.
    /// </summary>
    /// <param name="request">The request; its <see cref="ChatCompletionRequest.Stream"/> is sent as true.</param>
    /// <param name="cancellationToken">Cancels the call and closes the connection.</param>
    /// <exception cref="OpenRouterException">An error status, a mid-stream error event, an event that is not JSON, a
    /// stream cut short, a network fault, or no event for <see cref="OpenRouterOptions.Timeout"/>.</exception>
    public virtual IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        // Validated here, not in the iterator, so a null request fails at the call rather than at the first MoveNext.
        ArgumentNullException.ThrowIfNull(request);
        return StreamChatCompletionCoreAsync(request, null, request.Model, cancellationToken);
    }

    /// <summary>Sends a wire request or a provider-neutral one (exactly one is given) and reads the whole answer.</summary>
    private Task<ChatCompletion> SendChatCompletionAsync(ChatCompletionRequest? wire, ChatRequest? request, string? model, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Post, ChatCompletionsPath, Serialize(wire, request, stream: false),
            _readCompletion, ResponseValidator.EnsureSuccess, CreateErrorContext(model), cancellationToken);

    /// <summary>Streams a wire request or a provider-neutral one (exactly one is given); the body is written on the first read.</summary>
    private async IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionCoreAsync(
        ChatCompletionRequest? wire, ChatRequest? request, string? model, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ErrorContext context = CreateErrorContext(model);
        using var deadline = new RequestDeadline(_timeout, _timeProvider, cancellationToken);
        using HttpRequestMessage httpRequest = CreateRequest(HttpMethod.Post, ChatCompletionsPath, Serialize(wire, request, stream: true), stream: true);

        // Disposing the response (on completion, error, cancellation or an abandoned enumerator) closes the connection.
        using HttpResponseMessage response = await SendAsync(httpRequest, deadline, context, cancellationToken).ConfigureAwait(false);
        string? generationId = ErrorFactory.GenerationId(response);
        Stream body;
        try
        {
            body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex, deadline, context, cancellationToken, generationId) is { } translated)
        {
            throw translated;
        }

        await using (body.ConfigureAwait(false))
        {
            // Any bytes, keep-alive comments included, restart the deadline: it bounds the server's silence.
            IAsyncEnumerator<ChatCompletionChunk> chunks = OpenRouterStreamReader
                .ReadChunksAsync(new DeadlineRestartingStream(body, deadline), context, generationId, deadline.Token)
                .GetAsyncEnumerator(deadline.Token);
            try
            {
                while (true)
                {
                    bool hasChunk;
                    deadline.Restart();
                    try
                    {
                        hasChunk = await chunks.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (Exception ex) when (Translate(ex, deadline, context, cancellationToken, generationId) is { } translated)
                    {
                        throw translated;
                    }
                    finally
                    {
                        // The caller's time with a chunk is not the server's silence.
                        deadline.Pause();
                    }

                    if (!hasChunk)
                    {
                        yield break;
                    }

                    yield return chunks.Current;
                }
            }
            finally
            {
                await chunks.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static PooledJsonContent Serialize(ChatCompletionRequest? wire, ChatRequest? request, bool stream)
    {
        if (request is not null && !ChatRequestWriter.CanWrite(request))
        {
            wire = ChatRequestMapper.ToWire(request);
        }

        // The stream flag follows the method called; the caller's object is left as it was.
        bool? callerStream = wire?.Stream;
        try
        {
            if (wire is null)
            {
                return PooledJsonContent.Create((request!, stream), static (writer, state) => ChatRequestWriter.Write(writer, state.Item1, state.stream));
            }

            wire.Stream = stream ? true : callerStream;
            return PooledJsonContent.Create(wire, OpenRouterJsonContext.Wire.ChatCompletionRequest);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // Raw JSON (a tool schema, a response format) that is not valid JSON: the caller's mistake, caught before sending.
            throw new ArgumentException("The request could not be serialized: " + ex.Message, nameof(request), ex);
        }
        finally
        {
            if (wire is not null)
            {
                wire.Stream = callerStream;
            }
        }
    }
}
