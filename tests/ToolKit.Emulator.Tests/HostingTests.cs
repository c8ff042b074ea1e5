using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>The library host (loopback, port choice, disposal) and the command-line program.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task The_emulator_binds_to_loopback_on_a_free_port_by_default()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();

        Assert.Equal("127.0.0.1", emulator.BaseUri.Host);
        Assert.NotEqual(0, emulator.BaseUri.Port);
        Assert.Equal("/api/v1/", emulator.BaseUri.AbsolutePath);
        Assert.Equal("sk-or-v1-emulator-key", emulator.ApiKey);
    }

    [Fact]
    public async Task A_chosen_port_and_keys_are_used()
    {
        var port = FreePort();
        var options = new EmulatorOptions { Port = port };
        options.ApiKeys.Clear();
        options.ApiKeys.Add("sk-test-1");
        options.ApiKeys.Add("sk-test-2");

        await using var emulator = await OpenRouterEmulator.StartAsync(options);

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/api/v1/"), emulator.BaseUri);
        Assert.Equal(["sk-test-1", "sk-test-2"], emulator.ApiKeys);
    }

    [Fact]
    public async Task Two_emulators_run_side_by_side()
    {
        await using var one = await OpenRouterEmulator.StartAsync();
        await using var two = await OpenRouterEmulator.StartAsync();

        Assert.NotEqual(one.BaseUri, two.BaseUri);
    }

    [Fact]
    public async Task Disposing_ends_a_stalled_request()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var emulator = await OpenRouterEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions") { Content = new StringContent(Requests.Chat(stream: true)) };
        request.Headers.Add(EmulatorFault.HeaderName, "stall;delay=600000");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": OPENROUTER PROCESSING", await reader.ReadLineAsync(timeout.Token));

        await emulator.DisposeAsync().AsTask().WaitAsync(timeout.Token);

        // The stalled stream ends (cleanly or with an error) instead of waiting ten minutes.
        await Record.ExceptionAsync(async () => await reader.ReadToEndAsync(timeout.Token));
        Assert.False(timeout.IsCancellationRequested);
    }

    [Fact]
    public async Task The_program_prints_its_URL_and_serves_requests()
    {
        var directory = AppContext.BaseDirectory;
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            ArgumentList = { Path.Combine(directory, "ToolKit.Emulator.dll"), "--port", "0", "--key", "sk-cli" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var process = Process.Start(start)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var key = await process.StandardOutput.ReadLineAsync(timeout.Token);

            Assert.StartsWith("ToolKit OpenRouter emulator listening on http://127.0.0.1:", first, StringComparison.Ordinal);
            Assert.Equal("API key: sk-cli", key);
            var baseUri = new Uri(first!["ToolKit OpenRouter emulator listening on ".Length..]);
            using var http = new HttpClient { BaseAddress = baseUri };
            http.DefaultRequestHeaders.Authorization = new("Bearer", "sk-cli");
            using var response = await http.PostAsync("chat/completions", new StringContent(Requests.Chat()), timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            // Only the process this test started, by its handle.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
