using System.Text;
using System.Text.Json;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Tests;

/// <summary>Whole bodies read into pooled buffers: any size, any announced length, a byte order mark.</summary>
public sealed class ResponseBodyReaderTests
{
    [Theory]
    [InlineData(10, null)]
    [InlineData(100_000, null)]
    [InlineData(100_000, 100L)]
    [InlineData(100_000, 10_000_000L)]
    public async Task The_whole_body_is_parsed_whatever_its_announced_length(int contentLength, long? announced)
    {
        string text = new('x', contentLength);
        byte[] json = Encoding.UTF8.GetBytes("""{"id":"gen-1","choices":[{"index":0,"message":{"role":"assistant","content":""" + "\"" + text + "\"}}]}");

        ChatCompletion? completion = await ResponseBodyReader.ReadAsync(new TrickleStream(json), announced, new ChatCompletionReader().Read, CancellationToken.None);

        Assert.Equal(text, completion!.Choices![0].Message!.Content!.Text);
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped_as_when_the_serializer_reads_a_stream()
    {
        byte[] json = [.. "\uFEFF"u8, .. """{"id":"gen-1","choices":[]}"""u8];

        ChatCompletion? expected = await JsonSerializer.DeserializeAsync(new MemoryStream(json), OpenRouterJsonContext.Wire.ChatCompletion);
        ChatCompletion? actual = await ResponseBodyReader.ReadAsync(new MemoryStream(json), json.Length, new ChatCompletionReader().Read, CancellationToken.None);

        Assert.Equal("gen-1", expected!.Id);
        Assert.Equal("gen-1", actual!.Id);
    }

    [Fact]
    public async Task Cancellation_stops_the_read()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ResponseBodyReader.ReadAsync(new TrickleStream("{}"u8.ToArray()), null, new ChatCompletionReader().Read, cancelled.Token));
    }

    /// <summary>Hands out at most 1,000 bytes per read, as a socket does.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
        }
    }
}
