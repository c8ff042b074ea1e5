using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>
/// Cancelling or abandoning a stream must close the HTTP connection. A real socket server on 127.0.0.1 watches for the
/// close, with the client's own <see cref="HttpClient"/> (SocketsHttpHandler).
/// </summary>
public sealed class StreamCancellationTests
{
    // Safety net so a broken client fails the test instead of hanging the run; not a timing assertion.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private static string FirstEvents() =>
        ": OPENROUTER PROCESSING\n\n" + Payloads.Read("stream-usage-on-finish.sse").Split("\n\n")[0] + "\n\n";

    private static OpenRouterClient ClientFor(LoopbackSseServer server) =>
        new(new OpenRouterOptions { ApiKey = TestClients.ApiKey, BaseUri = server.BaseUri, AppName = "ToolKit Tests" });

    private static ChatCompletionRequest Ask() => new() { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Hi")] };

    [Fact]
    public async Task Cancelling_the_token_mid_stream_closes_the_connection()
    {
        await using var server = new LoopbackSseServer(FirstEvents());
        using OpenRouterClient client = ClientFor(server);
        using var cancellation = new CancellationTokenSource();
        var received = new List<ChatCompletionChunk>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Ask(), cancellation.Token))
            {
                received.Add(chunk);
                await cancellation.CancelAsync();
            }
        });

        await server.ClientClosed.WaitAsync(Guard);
        Assert.Single(received);
        string head = await server.RequestHead;
        Assert.StartsWith("POST /api/v1/chat/completions HTTP/1.1", head, StringComparison.Ordinal);
        Assert.Contains("Accept: text/event-stream", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaving_the_loop_early_disposes_the_stream_and_closes_the_connection()
    {
        await using var server = new LoopbackSseServer(FirstEvents());
        using OpenRouterClient client = ClientFor(server);

        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Ask()))
        {
            Assert.Equal("Hel", chunk.Choices![0].Delta!.Content);
            break;
        }

        await server.ClientClosed.WaitAsync(Guard);
    }

    [Fact]
    public async Task Cancelling_the_neutral_stream_closes_the_connection_too()
    {
        await using var server = new LoopbackSseServer(FirstEvents());
        using OpenRouterClient client = ClientFor(server);
        using var cancellation = new CancellationTokenSource();
        IChatModel model = client;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatStreamUpdate update in model.StreamAsync(new ChatRequest { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Hi")] }, cancellation.Token))
            {
                Assert.Equal("Hel", update.TextDelta);
                await cancellation.CancelAsync();
            }
        });

        await server.ClientClosed.WaitAsync(Guard);
    }
}
