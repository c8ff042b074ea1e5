namespace ToolKit.OpenRouter;

/// <summary>Settings for <see cref="OpenRouterClient"/>.</summary>
public class OpenRouterOptions
{
    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENROUTER_API_KEY";

    /// <summary>The default API root, <c>https://openrouter.ai/api/v1</c>.</summary>
    public static Uri DefaultBaseUri { get; } = new("https://openrouter.ai/api/v1");

    /// <summary>
    /// The API key, sent as <c>Authorization: Bearer</c>. When null, the client reads
    /// <see cref="ApiKeyEnvironmentVariable"/>. The client never puts it in messages, exceptions or logs.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The API root. Point it at the loopback emulator in tests.</summary>
    public Uri BaseUri { get; set; } = DefaultBaseUri;

    /// <summary>Your app's URL, sent as <c>HTTP-Referer</c> for attribution on openrouter.ai.</summary>
    public string? AppUrl { get; set; }

    /// <summary>Your app's name, sent as <c>X-OpenRouter-Title</c> and, for older deployments, <c>X-Title</c>.</summary>
    public string? AppName { get; set; }

    /// <summary>
    /// How long a non-streaming call may take, and how long a stream may go without an event (its keep-alive comments
    /// count) before the client gives up with <see cref="Chat.FailureKind.Timeout"/>. Default 5 minutes;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many times <see cref="OpenRouterClient.GetGenerationAsync"/> retries a 404, which OpenRouter returns for a
    /// short while right after a completion. Default 3.
    /// </summary>
    public int GenerationNotFoundRetries { get; set; } = 3;

    /// <summary>The first wait before retrying a <c>/generation</c> 404; it doubles on each retry. Default 500 ms.</summary>
    public TimeSpan GenerationNotFoundDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The clock for timeouts, retry waits and <c>Retry-After</c> dates. Tests can substitute their own.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
