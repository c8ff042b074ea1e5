namespace ToolKit.Emulator;

/// <summary>Settings for an <see cref="OpenRouterEmulator"/>. Every default suits a unit test.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The loopback port to bind. 0 (the default) lets the OS pick a free one.</summary>
    public int Port { get; set; }

    /// <summary>API keys accepted as <c>Authorization: Bearer</c>. The first one is <see cref="OpenRouterEmulator.ApiKey"/>.</summary>
    public IList<string> ApiKeys { get; } = ["sk-or-v1-emulator-key"];

    /// <summary>Credits bought, in USD, as <c>/credits</c> reports them. When usage reaches it, chat requests get 402.</summary>
    public decimal TotalCredits { get; set; } = 10m;

    /// <summary>The key's spending limit in USD reported by <c>/key</c>; null (the default) means no limit.</summary>
    public decimal? KeyLimit { get; set; }

    /// <summary>The model used when a request names neither <c>model</c> nor <c>models</c>.</summary>
    public string DefaultModel { get; set; } = "openai/gpt-4o-mini";

    /// <summary>
    /// How many <c>/generation?id=</c> look-ups of a new generation answer 404 before it is found, as the real API
    /// does for a moment after a completion. Default 1.
    /// </summary>
    public int GenerationNotFoundLookups { get; set; } = 1;

    /// <summary>How long after a completion <c>/generation</c> keeps answering 404. Default zero.</summary>
    public TimeSpan GenerationVisibleAfter { get; set; } = TimeSpan.Zero;

    /// <summary>Characters per estimated token (usage is estimated, not tokenized). Default 4.</summary>
    public int CharsPerToken { get; set; } = 4;

    /// <summary>The largest tool-argument fragment per stream chunk, in characters, so arguments arrive split. Default 8.</summary>
    public int ArgumentFragmentChars { get; set; } = 8;

    /// <summary>The largest text fragment per stream chunk, in characters (split at word ends). Default 16.</summary>
    public int TextFragmentChars { get; set; } = 16;

    /// <summary>The gap between <c>: OPENROUTER PROCESSING</c> comments while a slow first token is awaited. Default 250 ms.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The default delay of the <c>slow-first-token</c> fault when the spec sets none. Default 2 s.</summary>
    public TimeSpan SlowFirstTokenDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The default silence of the <c>stall</c> fault when the spec sets none. Default 30 s.</summary>
    public TimeSpan StallDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Provider display names per model id, in routing order. A model not listed has one provider named after its
    /// author (<c>openai/…</c> → "OpenAI").
    /// </summary>
    public IDictionary<string, IReadOnlyList<string>> Providers { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Also list the synthetic <c>emulator/…</c> models in <c>GET /models</c>. Default false: the capture only.</summary>
    public bool ListSyntheticModels { get; set; }

    /// <summary>Seed for generation and tool-call ids. Set it, with a fixed <see cref="TimeProvider"/>, for byte-exact responses.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>The clock for <c>created</c> timestamps and generation visibility. Delays always use real time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Receives one line per request (method, path, status) when set; the command-line host sets it to the console.</summary>
    public TextWriter? Log { get; set; }
}
