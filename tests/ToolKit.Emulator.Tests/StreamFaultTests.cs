using System.Text;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>
/// Transport faults: a mid-stream error, a truncated body, a reset connection, a slow first token and a stall,
/// for streaming and non-streaming requests (golden files under Wire/).
/// </summary>
public sealed class StreamFaultTests : EmulatorTest
{
    private const string Sentence = "Tell me about the weather in Paris";

    [Theory]
    [InlineData("stream-error")]
    [InlineData("stream-error;code=server_error")]
    [InlineData("truncated")]
    [InlineData("truncated;after=0")]
    [InlineData("reset")]
    [InlineData("slow-first-token;delay=600")]
    [InlineData("stall;delay=100")]
    public async Task A_stream_fault_shows_on_the_wire(string spec)
    {
        var stream = await Wire.RenderAsync(() => PostChatAsync(Requests.Chat("emulator/default", Sentence, stream: true), spec), Timeout);
        var json = await Wire.RenderAsync(() => PostChatAsync(Requests.Chat("emulator/default", Sentence), spec), Timeout);

        Wire.Matches("stream-" + Wire.Name(spec), stream);
        Wire.Matches("json-" + Wire.Name(spec), json);
    }

    [Fact]
    public async Task A_mid_stream_error_ends_without_DONE()
    {
        var (status, body) = await ChatAsync(Requests.Chat(stream: true), "stream-error");

        Assert.Equal(200, status);
        var last = Sse.Chunks(body)[^1];
        Assert.Equal("error", last.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal("Provider disconnected unexpectedly", last.GetProperty("error").GetProperty("message").GetString());
        Assert.DoesNotContain("[DONE]", Sse.Data(body));
    }

    [Fact]
    public async Task A_truncated_stream_has_no_finish_reason_usage_or_DONE()
    {
        var (_, body) = await ChatAsync(Requests.Chat("emulator/default", Sentence, stream: true), "truncated;after=2");

        var chunks = Sse.Chunks(body);
        Assert.Equal(2, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind));
        Assert.DoesNotContain(chunks, c => c.TryGetProperty("usage", out _));
        Assert.DoesNotContain("[DONE]", Sse.Data(body));
    }

    [Fact]
    public async Task A_reset_stream_delivers_the_first_chunk_then_fails_the_read()
    {
        using var response = await PostChatAsync(Requests.Chat(stream: true), "reset");
        var stream = await response.Content.ReadAsStreamAsync(Timeout);
        var received = new MemoryStream();

        var error = await Record.ExceptionAsync(() => stream.CopyToAsync(received, Timeout));

        Assert.True(error is IOException or HttpRequestException, $"expected a transport error, got {error}");
        var text = Encoding.UTF8.GetString(received.ToArray());
        Assert.StartsWith(": OPENROUTER PROCESSING\n\ndata: {", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_without_streaming_fails_before_any_response()
    {
        var error = await Record.ExceptionAsync(() => PostChatAsync(Requests.Chat(), "reset"));

        Assert.IsType<HttpRequestException>(error);
    }

    [Fact]
    public async Task A_slow_first_token_sends_keep_alive_comments_before_the_first_chunk()
    {
        // 600 ms in 250 ms keep-alive steps: the opening comment plus three more, by construction rather than timing.
        var (_, body) = await ChatAsync(Requests.Chat(stream: true), "slow-first-token;delay=600");

        var beforeData = body[..body.IndexOf("data: ", StringComparison.Ordinal)];
        Assert.Equal(4, Sse.Comments(beforeData).Count);
        Assert.Equal("[DONE]", Sse.Data(body)[^1]);
    }

    [Fact]
    public async Task A_stall_goes_silent_mid_stream_so_a_client_deadline_fires()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Timeout);
        using var response = await PostChatAsync(Requests.Chat(stream: true), "stall;delay=60000", deadline.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(deadline.Token));

        // The opening comment and the first chunk arrive; then nothing.
        Assert.Equal(": OPENROUTER PROCESSING", await reader.ReadLineAsync(deadline.Token));
        Assert.Equal("", await reader.ReadLineAsync(deadline.Token));
        Assert.StartsWith("data: {", await reader.ReadLineAsync(deadline.Token), StringComparison.Ordinal);
        Assert.Equal("", await reader.ReadLineAsync(deadline.Token));
        deadline.CancelAfter(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await reader.ReadLineAsync(deadline.Token));

        // The emulator is unharmed by the abandoned request.
        var (status, _) = await ChatAsync(Requests.Chat());
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_stall_that_ends_resumes_and_completes_the_stream_without_comments()
    {
        var (_, body) = await ChatAsync(Requests.Chat("emulator/default", Sentence, stream: true), "stall;delay=50");

        Assert.Single(Sse.Comments(body));
        Assert.Equal("[DONE]", Sse.Data(body)[^1]);
        var text = string.Concat(Sse.Chunks(body).Where(c => c.GetProperty("choices").GetArrayLength() > 0)
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()));
        Assert.Equal("This is the emulator's default model. You said: " + Sentence, text);
    }
}
