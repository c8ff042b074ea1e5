using ToolKit.OpenRouter;

namespace ToolKit.Hosting;

/// <summary>
/// The configuration shape of <see cref="OpenRouterOptions"/>: its plain values (not the clock). Only keys present in
/// configuration change the options.
/// </summary>
internal sealed class OpenRouterSettings
{
    public string? ApiKey { get; set; }

    public Uri? BaseUri { get; set; }

    public string? AppUrl { get; set; }

    public string? AppName { get; set; }

    public TimeSpan? Timeout { get; set; }

    public int? GenerationNotFoundRetries { get; set; }

    public TimeSpan? GenerationNotFoundDelay { get; set; }

    /// <summary>Copies the settings that were configured onto <paramref name="options"/>.</summary>
    public void ApplyTo(OpenRouterOptions options)
    {
        options.ApiKey = ApiKey ?? options.ApiKey;
        options.BaseUri = BaseUri ?? options.BaseUri;
        options.AppUrl = AppUrl ?? options.AppUrl;
        options.AppName = AppName ?? options.AppName;
        options.Timeout = Timeout ?? options.Timeout;
        options.GenerationNotFoundRetries = GenerationNotFoundRetries ?? options.GenerationNotFoundRetries;
        options.GenerationNotFoundDelay = GenerationNotFoundDelay ?? options.GenerationNotFoundDelay;
    }
}
