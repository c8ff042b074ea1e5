using System.Net.Http.Headers;
using System.Text;

namespace ToolKit.Emulator.Tests.Support;

/// <summary>
/// A fresh emulator per test (xunit makes one class instance per test), a raw HttpClient pointed at it, and a
/// generous timeout so nothing can hang. Ids and timestamps are fixed, so response bytes are reproducible.
/// </summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    /// <summary>2025-12-02T00:00:00Z, the day of the catalog capture.</summary>
    public static readonly DateTimeOffset Now = new(2025, 12, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    protected OpenRouterEmulator Emulator { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    /// <summary>Cancels after 60 s: a hung request fails the test instead of the run.</summary>
    protected CancellationToken Timeout => _timeout.Token;

    /// <summary>Options for this test class; the default fixes time and the id seed.</summary>
    protected virtual EmulatorOptions CreateOptions() => new() { RandomSeed = 42, TimeProvider = new TestClock(Now) };

    public async Task InitializeAsync()
    {
        Emulator = await OpenRouterEmulator.StartAsync(CreateOptions(), Timeout);
        Http = new HttpClient { BaseAddress = Emulator.BaseUri, Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.ApiKey);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
        _timeout.Dispose();
    }

    /// <summary>POSTs a chat request body, optionally with an <c>X-Emulator-Fault</c> header; headers are read, the body is not.</summary>
    protected Task<HttpResponseMessage> PostChatAsync(string json, string? fault = null, CancellationToken? cancellation = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (fault is not null)
        {
            request.Headers.Add(EmulatorFault.HeaderName, fault);
        }

        return Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation ?? Timeout);
    }

    /// <summary>POSTs and returns status and body text.</summary>
    protected async Task<(int Status, string Body)> ChatAsync(string json, string? fault = null)
    {
        using var response = await PostChatAsync(json, fault);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(Timeout));
    }

    protected async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path, Timeout);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(Timeout));
    }
}
