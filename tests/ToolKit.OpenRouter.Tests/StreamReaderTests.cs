using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>
/// The public byte-level reader: what tests, replays and benchmarks call to parse a recorded stream without HTTP.
/// </summary>
public sealed class StreamReaderTests
{
    [Fact]
    public void Recorded_bytes_parse_to_the_same_chunks_as_the_client_yields()
    {
        byte[] sse = Payloads.ReadBytes("stream-tool-call-split.sse");

        List<ChatCompletionChunk> chunks = [.. OpenRouterStreamReader.ReadChunks(sse)];

        Assert.Equal(7, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("gen-1764670500-SplitToolCall", c.Id));
        Assert.Equal(0.00063m, chunks[^1].Usage!.Cost);
    }

    [Fact]
    public void Updates_from_bytes_build_the_whole_response()
    {
        var builder = new ChatResponseBuilder();
        foreach (ChatStreamUpdate update in OpenRouterStreamReader.ReadUpdates(Payloads.ReadBytes("stream-tool-call-split.sse")))
        {
            builder.Add(update);
        }

        ChatResponse response = builder.Build();
        Assert.Equal("tool_calls", response.FinishReason);
        Assert.Equal(2, response.Message.ToolCalls!.Count);
        Assert.Equal("""{"city":"Paris","days":2}""", response.Message.ToolCalls[0].Arguments);
        Assert.Equal(129, response.Usage!.TotalTokens);
    }

    [Fact]
    public async Task The_async_reader_works_on_any_stream()
    {
        using var stream = new MemoryStream(Payloads.ReadBytes("stream-usage-on-finish.sse"));
        var text = new List<string?>();

        await foreach (ChatCompletionChunk chunk in OpenRouterStreamReader.ReadChunksAsync(stream))
        {
            text.Add(chunk.Choices![0].Delta!.Content);
        }

        Assert.Equal(["Hel", "lo, ", "world.", ""], text);
    }

    [Fact]
    public void A_slice_of_a_larger_buffer_parses_without_copying_the_rest()
    {
        byte[] sse = Payloads.ReadBytes("stream-usage-on-finish.sse");
        byte[] padded = [.. "garbage"u8, .. sse, .. "trailing"u8];

        List<ChatCompletionChunk> chunks = [.. OpenRouterStreamReader.ReadChunks(padded.AsMemory(7, sse.Length))];

        Assert.Equal(4, chunks.Count);
    }

    [Fact]
    public void Errors_in_recorded_streams_throw_like_live_ones()
    {
        OpenRouterException error = Assert.Throws<OpenRouterException>(() => OpenRouterStreamReader.ReadChunks(Payloads.ReadBytes("stream-mid-error.sse")).ToList());

        Assert.Equal(FailureKind.Overloaded, error.Kind);
        Assert.Equal("gen-1764670900-MidStreamError", error.GenerationId);
    }
}
