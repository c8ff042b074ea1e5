using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter;

/// <summary>
/// Reads an OpenRouter chat completion stream (server-sent events) into chunks, with
/// <see cref="SseParser"/>: <c>: OPENROUTER PROCESSING</c> comment lines are skipped, <c>data: [DONE]</c> ends the
/// stream, and an error event throws <see cref="OpenRouterException"/>. <see cref="OpenRouterClient"/> uses it for
/// HTTP streams; the byte overloads parse a recorded stream (for tests, replays and benchmarks).
/// </summary>
public static class OpenRouterStreamReader
{
    // Returned by the item parser for "[DONE]"; compared by reference, never handed out.
    private static readonly ChatCompletionChunk DoneMarker = new();

    /// <summary>Reads chunks from an SSE stream until <c>[DONE]</c>.</summary>
    /// <exception cref="OpenRouterException">An error event, an event that is not valid JSON, or a stream that ends
    /// before <c>[DONE]</c> and before any finish reason.</exception>
    public static IAsyncEnumerable<ChatCompletionChunk> ReadChunksAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadChunksAsync(stream, new ErrorContext(null, null, TimeProvider.System), null, cancellationToken);
    }

    /// <summary>Parses a recorded SSE stream held in memory (synchronously; no I/O).</summary>
    /// <exception cref="OpenRouterException">As for <see cref="ReadChunksAsync(Stream, CancellationToken)"/>.</exception>
    public static IEnumerable<ChatCompletionChunk> ReadChunks(ReadOnlyMemory<byte> sse)
    {
        var context = new ErrorContext(null, null, TimeProvider.System);
        var state = new StreamState(context, null);
        SseParser<ChatCompletionChunk?> parser = SseParser.Create(AsStream(sse), state.Parse);
        foreach (SseItem<ChatCompletionChunk?> item in parser.Enumerate())
        {
            if (state.Accept(item.Data) is { } chunk)
            {
                yield return chunk;
            }

            if (state.Done)
            {
                yield break;
            }
        }

        state.Complete();
    }

    /// <summary>
    /// Parses a recorded SSE stream into provider-neutral updates, as <see cref="OpenRouterClient.StreamAsync"/> yields
    /// them; merge them with <see cref="ChatResponseBuilder"/>.
    /// </summary>
    public static IEnumerable<ChatStreamUpdate> ReadUpdates(ReadOnlyMemory<byte> sse)
    {
        bool sawToolCalls = false;
        foreach (ChatCompletionChunk chunk in ReadChunks(sse))
        {
            yield return ChatResponseMapper.ToChatStreamUpdate(chunk, ref sawToolCalls);
        }
    }

    /// <summary>The client's entry point: errors name the requested model and the generation id.</summary>
    internal static async IAsyncEnumerable<ChatCompletionChunk> ReadChunksAsync(
        Stream stream, ErrorContext context, string? generationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = new StreamState(context, generationId);
        SseParser<ChatCompletionChunk?> parser = SseParser.Create(stream, state.Parse);
        await foreach (SseItem<ChatCompletionChunk?> item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (state.Accept(item.Data) is { } chunk)
            {
                yield return chunk;
            }

            if (state.Done)
            {
                yield break;
            }
        }

        state.Complete();
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <summary>Per-stream state: parses events, spots the end and the errors.</summary>
    private sealed class StreamState(ErrorContext context, string? generationId)
    {
        private readonly ChatCompletionChunkReader _chunks = new();
        private bool _sawFinishReason;
        private string? _generationId = generationId;

        public bool Done { get; private set; }

        public ChatCompletionChunk? Parse(string eventType, ReadOnlySpan<byte> data)
        {
            if (data.SequenceEqual("[DONE]"u8))
            {
                return DoneMarker;
            }

            if (data.Trim(" \t\r\n"u8).IsEmpty)
            {
                return null;
            }

            try
            {
                return _chunks.Read(data);
            }
            catch (JsonException ex)
            {
                throw ErrorFactory.InvalidResponse("a stream event is not valid JSON: " + ex.Message, ex, context, 200, _generationId);
            }
        }

        public ChatCompletionChunk? Accept(ChatCompletionChunk? chunk)
        {
            if (ReferenceEquals(chunk, DoneMarker))
            {
                Done = true;
                return null;
            }

            if (chunk is null)
            {
                return null;
            }

            _generationId ??= chunk.Id;
            ResponseValidator.EnsureSuccess(chunk, context);
            foreach (ChatCompletionChunkChoice choice in chunk.Choices ?? [])
            {
                _sawFinishReason |= choice.FinishReason is not null;
            }

            return chunk;
        }

        // A stream may end without [DONE] once the answer is finished; before that, it was cut short.
        public void Complete()
        {
            if (!Done && !_sawFinishReason)
            {
                throw ErrorFactory.Network("stream ended before the answer was complete", null, context, _generationId);
            }
        }
    }
}
