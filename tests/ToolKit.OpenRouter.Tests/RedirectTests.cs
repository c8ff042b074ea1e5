using System.Net;
using System.Net.Sockets;
using System.Text;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Tests;

/// <summary>The client's own handler reports a redirect instead of following it with the request body.</summary>
public sealed class RedirectTests
{
    [Fact]
    public async Task A_redirect_is_an_invalid_response_with_its_status_and_is_not_followed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        int requests = 0;
        Task serving = Task.Run(async () =>
        {
            // Answers every request on every connection with a redirect to another path of the same server.
            while (true)
            {
                using TcpClient connection = await listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref requests);
                NetworkStream stream = connection.GetStream();
                var head = new StringBuilder();
                var buffer = new byte[4096];
                while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int read = await stream.ReadAsync(buffer);
                    if (read == 0)
                    {
                        break;
                    }

                    head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                byte[] response = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:{port}/elsewhere\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(response);
            }
        });

        using var client = new OpenRouterClient(new OpenRouterOptions { ApiKey = "sk-or-v1-test", BaseUri = new Uri($"http://127.0.0.1:{port}/api/v1") });
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Hi")] };

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(request));

        Assert.Equal(307, error.StatusCode);
        Assert.Equal(FailureKind.InvalidResponse, error.Kind);
        Assert.Equal(1, Volatile.Read(ref requests));
        listener.Stop();
        await Assert.ThrowsAnyAsync<Exception>(() => serving);
    }
}
