using System.Text;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>Server-sent-event parsing of <see cref="OpenRouterClient.StreamChatCompletionAsync"/>.</summary>
public sealed class StreamingTests
{
    private static ChatCompletionRequest Ask(string model = "openai/gpt-4o") =>
        new() { Model = model, Messages = [ChatCompletionMessage.CreateUser("Hi")] };

    private static async Task<List<ChatCompletionChunk>> ReadAllAsync(OpenRouterClient client, string model = "openai/gpt-4o")
    {
        var chunks = new List<ChatCompletionChunk>();
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Ask(model)))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    private static async Task<List<ChatCompletionChunk>> ReadSseAsync(string sse)
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler().RespondSse(sse));
        return await ReadAllAsync(client);
    }

    [Fact]
    public async Task Keep_alive_comments_are_skipped_and_tool_call_fragments_arrive_by_index()
    {
        List<ChatCompletionChunk> chunks = await ReadSseAsync(Payloads.Read("stream-tool-call-split.sse"));

        Assert.Equal(7, chunks.Count);
        var fragments = chunks
            .SelectMany(c => c.Choices ?? [])
            .SelectMany(c => c.Delta?.ToolCalls ?? [])
            .ToList();
        Assert.Equal([0, 0, 0, 0, 1], fragments.Select(f => f.Index!.Value));
        Assert.Equal("""{"city":"Paris","days":2}""", string.Concat(fragments.Where(f => f.Index == 0).Select(f => f.Function!.Arguments)));
        Assert.Equal(["call_weather_1", "call_weather_2"], fragments.Where(f => f.Id is not null).Select(f => f.Id!));
        Assert.Equal("tool_calls", chunks[5].Choices![0].FinishReason);
    }

    [Fact]
    public async Task Usage_arrives_in_a_final_chunk_with_no_choices()
    {
        List<ChatCompletionChunk> chunks = await ReadSseAsync(Payloads.Read("stream-tool-call-split.sse"));

        ChatCompletionChunk last = chunks[^1];
        Assert.Empty(last.Choices!);
        Assert.Equal(129, last.Usage!.TotalTokens);
        Assert.Equal(0.00063m, last.Usage.Cost);
        Assert.All(chunks.SkipLast(1), c => Assert.Null(c.Usage));
    }

    [Fact]
    public async Task A_whole_tool_call_can_share_a_chunk_with_the_finish_reason()
    {
        List<ChatCompletionChunk> chunks = await ReadSseAsync(Payloads.Read("stream-tool-call-whole.sse"));

        ChatCompletionChunkChoice choice = chunks[0].Choices![0];
        Assert.Equal("stop", choice.FinishReason);
        ChatCompletionToolCall call = Assert.Single(choice.Delta!.ToolCalls!);
        Assert.Equal("get_forecast", call.Function!.Name);
        Assert.Equal("""{"city":"Lisbon","days":3}""", call.Function.Arguments);
    }

    [Fact]
    public async Task Usage_can_ride_on_the_finish_chunk()
    {
        List<ChatCompletionChunk> chunks = await ReadSseAsync(Payloads.Read("stream-usage-on-finish.sse"));

        ChatCompletionChunk last = chunks[^1];
        Assert.Equal("stop", last.Choices![0].FinishReason);
        Assert.Equal(0.0000018m, last.Usage!.Cost);
        Assert.Equal("Hello, world.", string.Concat(chunks.Select(c => c.Choices![0].Delta!.Content)));
    }

    [Fact]
    public async Task A_mid_stream_error_with_no_DONE_throws_after_yielding_the_earlier_chunks()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler().RespondSse(Payloads.Read("stream-mid-error.sse")));
        var chunks = new List<ChatCompletionChunk>();

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(async () =>
        {
            await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(Ask("anthropic/claude-3.5-sonnet")))
            {
                chunks.Add(chunk);
            }
        });

        Assert.Single(chunks);
        Assert.Equal(FailureKind.Overloaded, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("502", error.ErrorCode);
        Assert.Equal("Provider disconnected unexpectedly", error.ErrorMessage);
        Assert.Equal("provider_unavailable", error.ErrorType);
        Assert.Equal("Anthropic", error.Provider);
        Assert.Equal("gen-1764670900-MidStreamError", error.GenerationId);
        Assert.Equal("anthropic/claude-3.5-sonnet", error.Model);
        Assert.Contains("mid-stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_documented_mid_stream_error_with_a_string_code_is_a_provider_error()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler().RespondSse(Payloads.Read("stream-mid-error-string-code.sse")));

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => ReadAllAsync(client));

        Assert.Equal(FailureKind.ProviderError, error.Kind);
        Assert.Equal("server_error", error.ErrorCode);
        Assert.Equal("cmpl-abc123", error.GenerationId);
    }

    [Fact]
    public async Task A_stream_cut_short_before_any_finish_reason_is_a_network_error()
    {
        string sse = string.Concat(Payloads.Read("stream-usage-on-finish.sse").Split("\n\n").Take(2).Select(e => e + "\n\n"));

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => ReadSseAsync(sse));

        Assert.Equal(FailureKind.NetworkError, error.Kind);
        Assert.Equal("gen-1764670700-UsageOnFinish", error.GenerationId);
    }

    [Fact]
    public async Task A_stream_that_finished_may_end_without_DONE()
    {
        string sse = Payloads.Read("stream-usage-on-finish.sse").Replace("data: [DONE]\n\n", string.Empty, StringComparison.Ordinal);

        List<ChatCompletionChunk> chunks = await ReadSseAsync(sse);

        Assert.Equal("stop", chunks[^1].Choices![0].FinishReason);
    }

    [Fact]
    public async Task Nothing_after_DONE_is_read()
    {
        string sse = Payloads.Read("stream-usage-on-finish.sse") + "data: this is not json\n\n";

        List<ChatCompletionChunk> chunks = await ReadSseAsync(sse);

        Assert.Equal(4, chunks.Count);
    }

    [Fact]
    public async Task An_event_that_is_not_json_is_an_invalid_response()
    {
        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => ReadSseAsync("data: {\"id\":\"gen-x\",\"choices\":[\n\n"));

        Assert.Equal(FailureKind.InvalidResponse, error.Kind);
    }

    [Fact]
    public async Task An_error_status_fails_the_stream_before_any_chunk()
    {
        var handler = new StubHandler().Respond(
            System.Net.HttpStatusCode.TooManyRequests,
            """{"error":{"code":429,"message":"Rate limit exceeded"}}""",
            configure: r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => ReadAllAsync(client));

        Assert.Equal(FailureKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
    }

    [Fact]
    public async Task A_stream_that_goes_silent_longer_than_the_timeout_fails_with_Timeout()
    {
        var time = new ManualTimeProvider();
        string firstEvent = Payloads.Read("stream-usage-on-finish.sse").Split("\n\n")[0] + "\n\n";
        var body = new StallingStream(Encoding.UTF8.GetBytes(firstEvent));
        using OpenRouterClient client = TestClients.Create(new StubHandler().RespondStream(body), o =>
        {
            o.TimeProvider = time;
            o.Timeout = TimeSpan.FromSeconds(30);
        });

        await using IAsyncEnumerator<ChatCompletionChunk> chunks = client.StreamChatCompletionAsync(Ask()).GetAsyncEnumerator();
        Assert.True(await chunks.MoveNextAsync());

        // Time spent by the caller between events does not count: the clock is paused while it holds a chunk.
        time.Advance(TimeSpan.FromMinutes(5));
        ValueTask<bool> next = chunks.MoveNextAsync();
        await body.Stalled;
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(async () => await next);
        Assert.Equal(FailureKind.Timeout, error.Kind);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task Keep_alive_comments_restart_the_stream_timeout()
    {
        var time = new ManualTimeProvider();
        string[] events = Payloads.Read("stream-usage-on-finish.sse").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var body = new PushStream();
        using OpenRouterClient client = TestClients.Create(new StubHandler().RespondStream(body), o =>
        {
            o.TimeProvider = time;
            o.Timeout = TimeSpan.FromSeconds(30);
        });
        body.Push(events[0] + "\n\n");
        await using IAsyncEnumerator<ChatCompletionChunk> chunks = client.StreamChatCompletionAsync(Ask()).GetAsyncEnumerator();
        Assert.True(await chunks.MoveNextAsync());

        Task silent = body.ArmWait();
        ValueTask<bool> next = chunks.MoveNextAsync();
        await silent;
        time.Advance(TimeSpan.FromSeconds(29));

        // OpenRouter's keep-alive while the model thinks: no event for the caller, but the server is not silent.
        Task consumed = body.ArmWait();
        body.Push(": OPENROUTER PROCESSING\n\n");
        await consumed;
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);

        body.Push(string.Concat(events.Skip(1).Select(e => e + "\n\n")));
        Assert.True(await next);
    }
}
