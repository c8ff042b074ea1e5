using System.Text.Json;
using ToolKit.Emulator;
using ToolKit.OpenRouter;

namespace ToolKit.IntegrationTests.Support;

/// <summary>
/// One emulator on loopback with a key of its own, the OpenRouter clients pointed at it, and agent options whose
/// every wait is bounded: tiny backoffs, a wall-clock limit on each run, and a test deadline on each await.
/// </summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    /// <summary>The chain's first model.</summary>
    public const string Primary = "openai/gpt-4.1";

    /// <summary>What the emulator reports as <see cref="Primary"/>'s served model: the catalog's dated slug.</summary>
    public const string PrimaryServed = "openai/gpt-4.1-2025-04-14";

    /// <summary>The chain's second model.</summary>
    public const string Fallback = "anthropic/claude-sonnet-4";

    /// <summary>What the emulator reports as <see cref="Fallback"/>'s served model.</summary>
    public const string FallbackServed = "anthropic/claude-4-sonnet-20250522";

    /// <summary>How long a whole test may take before its token cancels every await.</summary>
    public static readonly TimeSpan TestDeadline = TimeSpan.FromSeconds(120);

    /// <summary>The wall-clock limit of every run: well under <see cref="TestDeadline"/>.</summary>
    public static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(60);

    private readonly List<OpenRouterClient> _clients = [];

    private EmulatorHarness(OpenRouterEmulator emulator, string apiKey)
    {
        Emulator = emulator;
        ApiKey = apiKey;
    }

    public OpenRouterEmulator Emulator { get; }

    /// <summary>A key unique to this harness, accepted by its emulator and sent by its clients.</summary>
    public string ApiKey { get; }

    /// <summary>Starts an emulator whose stream delays are short but longer than any request timeout the tests set.</summary>
    public static async Task<EmulatorHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        string key = "sk-or-v1-itest-" + Guid.NewGuid().ToString("N");
        var options = new EmulatorOptions
        {
            SlowFirstTokenDelay = TimeSpan.FromSeconds(6),
            StallDelay = TimeSpan.FromSeconds(6),
            KeepAliveInterval = TimeSpan.FromMilliseconds(100),
        };
        options.ApiKeys.Clear();
        options.ApiKeys.Add(key);
        configure?.Invoke(options);
        using CancellationTokenSource deadline = NewDeadline();
        return new EmulatorHarness(await OpenRouterEmulator.StartAsync(options, deadline.Token), key);
    }

    /// <summary>A token that cancels after <see cref="TestDeadline"/>, so no await in a test can hang.</summary>
    public static CancellationTokenSource NewDeadline() => new(TestDeadline);

    /// <summary>A new client on the emulator; disposed with the harness.</summary>
    public OpenRouterClient NewClient(TimeSpan? timeout = null, string? apiKey = null)
    {
        var client = new OpenRouterClient(new OpenRouterOptions
        {
            ApiKey = apiKey ?? ApiKey,
            BaseUri = Emulator.BaseUri,
            AppName = "ToolKit integration tests",
            AppUrl = "https://example.com/toolkit-tests",
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        });
        _clients.Add(client);
        return client;
    }

    /// <summary>
    /// Options over <paramref name="models"/> (default: <see cref="Primary"/> then <see cref="Fallback"/>) with their own
    /// cooldowns (so no test sees another's), millisecond backoffs and the run deadline.
    /// </summary>
    public static AgentOptions Options(params string[] models) => new()
    {
        Models = models.Length > 0 ? models : [Primary, Fallback],
        Instructions = "You are a test assistant. Use the tools.",
        Cooldowns = new ModelCooldowns(),
        Retry = new RetryOptions
        {
            MaxRetries = 2,
            MaxTimeoutRetries = 1,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromSeconds(2),
            RequestTimeout = TimeSpan.FromSeconds(30),

            // High enough that a model never cools down within a test unless the test asks for it.
            CooldownAfterFailures = 1000,
        },
        Limits = new RunLimits { MaxDuration = RunDeadline },
    };

    /// <summary>The bodies of every chat completion request the emulator received, oldest first.</summary>
    public IReadOnlyList<JsonElement> ChatRequests() =>
        Emulator.Requests
            .Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
            .Select(r => JsonDocument.Parse(r.Body).RootElement.Clone())
            .ToArray();

    public async ValueTask DisposeAsync()
    {
        foreach (OpenRouterClient client in _clients)
        {
            client.Dispose();
        }

        await Emulator.DisposeAsync();
    }
}
