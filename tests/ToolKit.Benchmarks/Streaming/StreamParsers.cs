using System.Buffers;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpenAI;
using OpenAI.Chat;
using ToolKit.Chat;
using ToolKit.OpenRouter;

namespace ToolKit.Benchmarks.Streaming;

/// <summary>What a parser made of the stream: the text, the merged tool calls and the finish reason.</summary>
public sealed record MergedAnswer(string Text, IReadOnlyList<ExpectedToolCall> ToolCalls, string? FinishReason);

/// <summary>ToolKit's side: <see cref="OpenRouterStreamReader"/> over the bytes, synchronously (no I/O).</summary>
public static class ToolKitStreamParser
{
    /// <summary>Bytes to <c>ChatCompletionChunk</c>s (OpenRouter's typed wire model), counted.</summary>
    public static int Chunks(ReadOnlyMemory<byte> sse)
    {
        int count = 0;
        foreach (ToolKit.OpenRouter.Models.ChatCompletionChunk chunk in OpenRouterStreamReader.ReadChunks(sse))
        {
            count += chunk.Choices is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>Bytes to provider-neutral updates, merged by <see cref="ChatResponseBuilder"/>: what the agent does.</summary>
    public static ChatResponse FinalMessage(ReadOnlyMemory<byte> sse)
    {
        var builder = new ChatResponseBuilder();
        foreach (ChatStreamUpdate update in OpenRouterStreamReader.ReadUpdates(sse))
        {
            builder.Add(update);
        }

        return builder.Build();
    }

    public static MergedAnswer ToMerged(ChatResponse response) => new(
        response.Message.Content ?? string.Empty,
        [.. (response.Message.ToolCalls ?? []).Select((c, i) => new ExpectedToolCall(i, c.Id, c.Name, c.Arguments))],
        response.FinishReason);
}

/// <summary>
/// The OpenAI .NET SDK's side: a <see cref="ChatClient"/> whose transport is an <see cref="HttpClient"/> over an
/// in-memory handler that answers every request with the recorded bytes (a <see cref="ByteArrayContent"/>, so the
/// SDK reads them from a <see cref="MemoryStream"/> without a copy). <see cref="ChatClient.CompleteChatStreamingAsync(IEnumerable{OpenAI.Chat.ChatMessage}, ChatCompletionOptions, CancellationToken)"/>
/// then parses the stream exactly as it would parse one from the network.
/// </summary>
public sealed class OpenAiStreamParser : IDisposable
{
    private readonly HttpClient _http;
    private readonly ChatClient _client;
    private readonly OpenAI.Chat.ChatMessage[] _messages = [new UserChatMessage("Add the stock ledger and its tests, then run them.")];

    public OpenAiStreamParser(byte[] sse)
    {
        _http = new HttpClient(new ReplayHandler(sse));
        _client = new ChatClient("openai/gpt-4.1", new ApiKeyCredential("sk-or-v1-replay"), new OpenAIClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1/api/v1/"),
            Transport = new HttpClientPipelineTransport(_http),
        });
    }

    /// <summary>Bytes to <see cref="StreamingChatCompletionUpdate"/>s, counted: the SDK's parse alone.</summary>
    public async Task<int> UpdatesAsync()
    {
        int count = 0;
        await foreach (StreamingChatCompletionUpdate update in _client.CompleteChatStreamingAsync(_messages).ConfigureAwait(false))
        {
            count += update.ToolCallUpdates.Count + update.ContentUpdate.Count;
        }

        return count;
    }

    /// <summary>
    /// Bytes to updates, with the tool-call fragments merged by index, as an SDK user must do: the argument bytes of
    /// each call are appended to one buffer (no string per fragment) and decoded once at the end; the text parts are
    /// appended to a <see cref="StringBuilder"/>.
    /// </summary>
    public async Task<MergedAnswer> FinalMessageAsync()
    {
        var text = new StringBuilder();
        var calls = new SortedDictionary<int, PendingCall>();
        ChatFinishReason? finish = null;
        await foreach (StreamingChatCompletionUpdate update in _client.CompleteChatStreamingAsync(_messages).ConfigureAwait(false))
        {
            foreach (ChatMessageContentPart part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            foreach (StreamingChatToolCallUpdate call in update.ToolCallUpdates)
            {
                if (!calls.TryGetValue(call.Index, out PendingCall? pending))
                {
                    calls[call.Index] = pending = new PendingCall();
                }

                pending.Id ??= call.ToolCallId;
                pending.Name ??= call.FunctionName;
                if (call.FunctionArgumentsUpdate is { } arguments)
                {
                    pending.Arguments.Write(arguments.ToMemory().Span);
                }
            }

            finish ??= update.FinishReason;
        }

        return new MergedAnswer(
            text.ToString(),
            [.. calls.Select(c => new ExpectedToolCall(c.Key, c.Value.Id ?? string.Empty, c.Value.Name ?? string.Empty, Encoding.UTF8.GetString(c.Value.Arguments.WrittenSpan)))],
            finish switch
            {
                ChatFinishReason.ToolCalls => "tool_calls",
                ChatFinishReason.Stop => "stop",
                null => null,
                _ => finish.ToString(),
            });
    }

    public void Dispose() => _http.Dispose();

    private sealed class PendingCall
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public ArrayBufferWriter<byte> Arguments { get; } = new();
    }

    /// <summary>Answers every request with 200, <c>text/event-stream</c> and the recorded bytes.</summary>
    private sealed class ReplayHandler(byte[] body) : HttpMessageHandler
    {
        private static readonly MediaTypeHeaderValue EventStream = new("text/event-stream");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Respond(request));

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Respond(request);

        private HttpResponseMessage Respond(HttpRequestMessage request)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = EventStream;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }
}
