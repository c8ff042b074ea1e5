using System.Buffers;
using System.Text;
using System.Text.Json;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Tests;

/// <summary>The pooled request body: the serializer's exact bytes, a known length, and a buffer that outlives no send.</summary>
public sealed class PooledJsonContentTests
{
    private static ChatCompletionRequest Request(int messages = 1) => new()
    {
        Model = "openai/gpt-4o",
        Messages = [.. Enumerable.Range(0, messages).Select(i => ChatCompletionMessage.CreateUser($"Question {i}: \"quoted\" and non-ASCII: été ✓"))],
    };

    [Theory]
    [InlineData(1)]
    [InlineData(400)]
    public async Task The_body_is_the_serializers_bytes_with_their_length(int messages)
    {
        ChatCompletionRequest request = Request(messages);
        byte[] expected = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Wire.ChatCompletionRequest);

        using PooledJsonContent content = PooledJsonContent.Create(request, OpenRouterJsonContext.Wire.ChatCompletionRequest);

        Assert.True(expected.Length > (messages == 1 ? 0 : 4096), "the large case must outgrow the first buffer");
        Assert.Equal(expected, await content.ReadAsByteArrayAsync());
        Assert.Equal(expected.Length, content.Headers.ContentLength);
        Assert.Equal("application/json", content.Headers.ContentType!.MediaType);

        // Sent again (a handler that retries): the same bytes.
        Assert.Equal(expected, await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_disposed_body_cannot_be_sent()
    {
        PooledJsonContent content = PooledJsonContent.Create(Request(), OpenRouterJsonContext.Wire.ChatCompletionRequest);
        content.Dispose();
        content.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.CopyToAsync(new MemoryStream()));
    }

    [Fact]
    public async Task A_send_still_in_progress_when_the_request_is_disposed_keeps_its_bytes()
    {
        ChatCompletionRequest request = Request();
        byte[] expected = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Wire.ChatCompletionRequest);
        PooledJsonContent content = PooledJsonContent.Create(request, OpenRouterJsonContext.Wire.ChatCompletionRequest);
        var stream = new GatedStream();

        Task send = content.CopyToAsync(stream);
        await stream.Writing.Task;
        content.Dispose();

        // Whoever rents next from the pool scribbles over what they get; a buffer returned too early would be among them.
        for (int i = 0; i < 64; i++)
        {
            byte[] rented = ArrayPool<byte>.Shared.Rent(4096);
            rented.AsSpan().Fill((byte)'#');
            ArrayPool<byte>.Shared.Return(rented);
        }

        stream.Gate.SetResult();
        await send;

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(stream.Written.ToArray()));
    }

    [Fact]
    public void Invalid_raw_json_in_the_request_throws_and_the_next_body_is_whole()
    {
        ChatCompletionRequest broken = Request();
        broken.ResponseFormat = ResponseFormat.CreateJsonSchema("answer", new RawJson("{not json"u8.ToArray()));

        Assert.ThrowsAny<Exception>(() => PooledJsonContent.Create(broken, OpenRouterJsonContext.Wire.ChatCompletionRequest));

        // The thread's writer was left mid-document by the failure; the next body must not inherit its state.
        ChatCompletionRequest request = Request();
        using PooledJsonContent content = PooledJsonContent.Create(request, OpenRouterJsonContext.Wire.ChatCompletionRequest);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.Wire.ChatCompletionRequest), content.Json.ToArray());
    }

    /// <summary>Holds each write until the gate opens, then copies the bytes it was given.</summary>
    private sealed class GatedStream : Stream
    {
        public TaskCompletionSource Writing { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writing.TrySetResult();
            await Gate.Task.ConfigureAwait(false);
            Written.Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
