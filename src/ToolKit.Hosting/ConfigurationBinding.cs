using Microsoft.Extensions.Configuration;
using ToolKit.OpenRouter;

namespace ToolKit.Hosting;

/// <summary>Binds options from configuration through their settings types (generated binding code, no reflection).</summary>
internal static class ConfigurationBinding
{
    public static void Bind(IConfiguration? section, OpenRouterOptions options)
    {
        if (section is null)
        {
            return;
        }

        // A plain call: the binding generator intercepts Bind only in this form (not through "?.").
        var settings = new OpenRouterSettings();
        section.Bind(settings);
        settings.ApplyTo(options);
    }

    public static void Bind(IConfiguration? section, AgentOptions options)
    {
        if (section is null)
        {
            return;
        }

        var settings = new AgentSettings();
        section.Bind(settings);
        settings.ApplyTo(options);
    }
}
