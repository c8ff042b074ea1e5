using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ToolKit.Emulator.Server;

namespace ToolKit.Emulator;

/// <summary>
/// An OpenRouter-compatible HTTP server on 127.0.0.1 for tests and local runs: chat completions (JSON and SSE),
/// <c>/models</c> (filtered), <c>/models/user</c>, <c>/models/count</c>, <c>/models/{author}/{slug}/endpoints</c>, <c>/key</c>,
/// <c>/credits</c> and <c>/generation</c>,
/// a deterministic default model, scripted models and injectable faults. See docs/emulator.md.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await OpenRouterEmulator.StartAsync();
/// var client = new HttpClient { BaseAddress = emulator.BaseUri };
/// client.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);
/// </code>
/// </example>
public sealed class OpenRouterEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private int _disposed;

    private OpenRouterEmulator(WebApplication app, EmulatorState state, Uri baseUri)
    {
        _app = app;
        _state = state;
        BaseUri = baseUri;
    }

    /// <summary>The API base, with a trailing slash: <c>http://127.0.0.1:PORT/api/v1/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The first accepted API key (send it as <c>Authorization: Bearer</c>).</summary>
    public string ApiKey => _state.Options.ApiKeys[0];

    /// <summary>Every accepted API key.</summary>
    public IReadOnlyList<string> ApiKeys => _state.Options.ApiKeys.ToArray();

    /// <summary>The options the emulator runs with. Changes to most of them apply to the next request.</summary>
    public EmulatorOptions Options => _state.Options;

    /// <summary>The requests received so far (the latest 10,000), oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Requests;

    /// <summary>USD spent so far (what <c>/credits</c> reports as <c>total_usage</c>).</summary>
    public decimal TotalUsage => _state.Ledger.TotalUsage;

    /// <summary>USD bought (<c>total_credits</c>). Lower it to the usage to make chat requests fail with 402.</summary>
    public decimal TotalCredits
    {
        get => _state.Ledger.TotalCredits;
        set => _state.Ledger.TotalCredits = value;
    }

    /// <summary>Starts an emulator on 127.0.0.1 (port <see cref="EmulatorOptions.Port"/>, 0 picks a free one).</summary>
    public static async Task<OpenRouterEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        if (options.ApiKeys.Count == 0)
        {
            throw new ArgumentException("At least one API key is needed.", nameof(options));
        }

        // The empty builder reads no appsettings or environment: nothing outside the options changes behaviour.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "ToolKit.Emulator" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();

        var state = new EmulatorState(options);
        var app = builder.Build();
        var dispatcher = new RequestDispatcher(state);
        app.Run(dispatcher.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new OpenRouterEmulator(app, state, new Uri(address.TrimEnd('/') + "/api/v1/"));
    }

    /// <summary>
    /// Queues answers for a model id: each request (or fallback attempt) on it takes the next one; when the queue is
    /// empty the default model answers. An id not in the catalog becomes a synthetic model that supports tools.
    /// </summary>
    public void Script(string modelId, params ScriptedResponse[] responses)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        foreach (var response in responses.Where(r => r.Fault is not null))
        {
            EmulatorFault.Parse(response.Fault!);
        }

        _state.Catalog.EnsureScripted(modelId);
        _state.Scripts.Enqueue(modelId, responses);
    }

    /// <summary>How many scripted answers are still queued for a model.</summary>
    public int PendingScripted(string modelId) => _state.Scripts.Pending(modelId);

    /// <summary>Makes every attempt on a model fail with a fault spec (e.g. <c>"503;times=2"</c>); null clears it.</summary>
    public void SetModelFault(string modelId, string? spec) =>
        _state.Faults.SetModelFault(modelId, spec is null ? null : EmulatorFault.Parse(spec));

    /// <summary>
    /// Makes a provider (display name or slug, e.g. "OpenAI") fail with a fault spec; HTTP-error faults move routing
    /// on to the model's next provider. Null clears it.
    /// </summary>
    public void SetProviderFault(string provider, string? spec) =>
        _state.Faults.SetProviderFault(provider, spec is null ? null : EmulatorFault.Parse(spec));

    /// <summary>Clears model and provider faults, fault counters (header and model-id ones too) and scripts.</summary>
    public void Reset()
    {
        _state.Faults.Clear();
        _state.Scripts.Clear();
    }

    /// <summary>Stops the server; pending delays and stalls end at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _state.Stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _state.Stopping.Dispose();
    }
}
