using System.Text;
using System.Threading.Channels;

namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>
/// A response body the test writes to piece by piece. <see cref="ArmWait"/> returns a task that completes when the
/// reader next finds nothing to read, so a test knows the client has consumed everything pushed so far.
/// </summary>
public sealed class PushStream : Stream
{
    private readonly Channel<byte[]> _segments = Channel.CreateUnbounded<byte[]>();
    private readonly object _gate = new();
    private TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[] _current = [];
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Adds bytes for the reader.</summary>
    public void Push(string text) => _segments.Writer.TryWrite(Encoding.UTF8.GetBytes(text));

    /// <summary>A task that completes the next time a read finds nothing left.</summary>
    public Task ArmWait()
    {
        lock (_gate)
        {
            _waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiting.Task;
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _current.Length)
        {
            if (!_segments.Reader.TryRead(out byte[]? next))
            {
                lock (_gate)
                {
                    _waiting.TrySetResult();
                }

                next = await _segments.Reader.ReadAsync(cancellationToken);
            }

            (_current, _offset) = (next, 0);
        }

        int count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("async only");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
