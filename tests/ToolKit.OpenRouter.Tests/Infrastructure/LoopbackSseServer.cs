using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for one streamed request: it sends the response headers and the given SSE
/// events, then keeps the connection open and reports when the client closes it. This observes connection closing
/// from the server side, which an in-process handler cannot.
/// </summary>
public sealed class LoopbackSseServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource<string> _requestHead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public LoopbackSseServer(string events)
    {
        _listener.Start();
        _serving = ServeAsync(events);
    }

    /// <summary>The API root to give the client.</summary>
    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/v1");

    /// <summary>The request line and headers the client sent.</summary>
    public Task<string> RequestHead => _requestHead.Task;

    /// <summary>Completes when the client closes or resets the connection.</summary>
    public Task ClientClosed => _clientClosed.Task;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
        {
            // Shutting down.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(string events)
    {
        using Socket socket = await _listener.AcceptSocketAsync(_stop.Token);
        string head = await ReadRequestAsync(socket);
        _requestHead.TrySetResult(head);

        string response = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(response), SocketFlags.None, _stop.Token);
        byte[] payload = Encoding.UTF8.GetBytes(events);
        byte[] chunk = [.. Encoding.ASCII.GetBytes($"{payload.Length:X}\r\n"), .. payload, .. "\r\n"u8];
        await socket.SendAsync(chunk, SocketFlags.None, _stop.Token);

        // The stream never ends from this side; wait until the client hangs up.
        byte[] buffer = new byte[1024];
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token) > 0)
            {
            }
        }
        catch (SocketException)
        {
            // A reset is a close too.
        }

        _clientClosed.TrySetResult();
    }

    private async Task<string> ReadRequestAsync(Socket socket)
    {
        var received = new List<byte>();
        byte[] buffer = new byte[4096];
        int headEnd = -1;
        while (headEnd < 0)
        {
            int read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            if (read == 0)
            {
                throw new IOException("The client closed before sending a request.");
            }

            received.AddRange(buffer.AsSpan(0, read));
            headEnd = IndexOf(received, "\r\n\r\n"u8.ToArray());
        }

        string head = Encoding.ASCII.GetString([.. received.Take(headEnd)]);
        int contentLength = head.Split("\r\n")
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        int bodyReceived = received.Count - (headEnd + 4);
        while (bodyReceived < contentLength)
        {
            int read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            if (read == 0)
            {
                throw new IOException("The client closed while sending the body.");
            }

            bodyReceived += read;
        }

        return head;
    }

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (int i = 0; i <= haystack.Count - needle.Length; i++)
        {
            bool match = true;
            for (int j = 0; j < needle.Length && match; j++)
            {
                match = haystack[i + j] == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
