using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ToolKit.OpenRouter.Internal;

/// <summary>
/// A JSON request body serialized into a buffer rented from <see cref="ArrayPool{T}"/>: its length is known (so the
/// request carries <c>Content-Length</c>, not chunked encoding), and no array is allocated per request. The buffer
/// goes back to the pool when the request is disposed and no send is still reading it.
/// </summary>
internal sealed class PooledJsonContent : HttpContent, IBufferWriter<byte>
{
    private const int InitialSize = 4096;

    // The writer is reused per thread; its options match OpenRouterJsonContext.Wire (relaxed escaping).
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private byte[] _buffer;
    private int _length;

    // Sends in progress, plus one for the content itself until it is disposed; the buffer is returned at zero.
    private int _users = 1;
    private int _disposed;

    private PooledJsonContent()
    {
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    /// <summary>Serializes <paramref name="value"/> with <paramref name="typeInfo"/>.</summary>
    /// <exception cref="JsonException">The value holds raw JSON that is not valid.</exception>
    public static PooledJsonContent Create<T>(T value, JsonTypeInfo<T> typeInfo) =>
        Create((value, typeInfo), static (writer, state) => JsonSerializer.Serialize(writer, state.value, state.typeInfo));

    /// <summary>Writes the body with <paramref name="write"/>.</summary>
    public static PooledJsonContent Create<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var content = new PooledJsonContent();
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(content, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        t_writer = null;
        try
        {
            writer.Reset(content);
            write(writer, state);
            writer.Flush();
            t_writer = writer;
            return content;
        }
        catch
        {
            // A writer left mid-document is not reused; the buffer goes back now.
            content.Dispose();
            throw;
        }
    }

    /// <summary>The serialized bytes.</summary>
    public ReadOnlySpan<byte> Json => _buffer.AsSpan(0, _length);

    void IBufferWriter<byte>.Advance(int count) => _length += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint) => Grow(sizeHint).AsMemory(_length);

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint) => Grow(sizeHint).AsSpan(_length);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            await stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Leave();
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            stream.Write(_buffer, 0, _length);
        }
        finally
        {
            Leave();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Leave();
        }

        base.Dispose(disposing);
    }

    private byte[] Grow(int sizeHint)
    {
        int needed = _length + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer;
    }

    // A send that outlives the request (a server that answers before reading the body) keeps the buffer alive.
    private void Enter()
    {
        int users = Volatile.Read(ref _users);
        while (true)
        {
            ObjectDisposedException.ThrowIf(users == 0, this);
            int seen = Interlocked.CompareExchange(ref _users, users + 1, users);
            if (seen == users)
            {
                return;
            }

            users = seen;
        }
    }

    private void Leave()
    {
        if (Interlocked.Decrement(ref _users) == 0)
        {
            byte[] buffer = _buffer;
            _buffer = [];
            _length = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
