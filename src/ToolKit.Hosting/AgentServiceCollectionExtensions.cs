using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ToolKit;
using ToolKit.Chat;
using ToolKit.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="Agent"/>s with dependency injection.</summary>
public static class AgentServiceCollectionExtensions
{
    /// <summary>The configuration section of the default agent's <see cref="AgentOptions"/>: <c>Agent</c>.</summary>
    public const string ConfigurationSection = "Agent";

    /// <summary>The parent section of named agents' options: <c>Agents</c> (agent "travel" reads <c>Agents:travel</c>).</summary>
    public const string NamedConfigurationSection = "Agents";

    /// <summary>
    /// Registers the default <see cref="Agent"/> as a singleton. Its <see cref="AgentOptions"/> are bound from the
    /// <c>Agent</c> section of the registered <see cref="IConfiguration"/> (when there is one; <c>Models</c>,
    /// <c>Instructions</c>, <c>Limits</c>, <c>Retry</c>, sampling settings), then passed to
    /// <paramref name="configure"/>. It talks to the registered <see cref="IChatModel"/> (see
    /// <see cref="OpenRouterServiceCollectionExtensions.AddOpenRouter(IServiceCollection, Action{ToolKit.OpenRouter.OpenRouterOptions}?)"/>);
    /// add tools with <see cref="AgentBuilder.AddTools{TTools}"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Runs after configuration binding; null to use configuration alone.</param>
    /// <returns>A builder to add the agent's tools.</returns>
    public static AgentBuilder AddAgent(this IServiceCollection services, Action<AgentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new AgentBuilder(services, Options.Options.DefaultName);
        Register(builder, ConfigurationSection, configure);
        services.AddSingleton(static provider => AgentFactory.Create(provider, Options.Options.DefaultName));
        return builder;
    }

    /// <summary>
    /// Registers a named <see cref="Agent"/> as a keyed singleton: resolve it with
    /// <c>[FromKeyedServices("name")] Agent agent</c> or <c>GetRequiredKeyedService&lt;Agent&gt;("name")</c>. Its
    /// <see cref="AgentOptions"/> are bound from the <c>Agents:{name}</c> section of the registered
    /// <see cref="IConfiguration"/> (when there is one), then passed to <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The agent's name: its service key and configuration section.</param>
    /// <param name="configure">Runs after configuration binding; null to use configuration alone.</param>
    /// <returns>A builder to add the agent's tools.</returns>
    public static AgentBuilder AddAgent(this IServiceCollection services, string name, Action<AgentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var builder = new AgentBuilder(services, name);
        Register(builder, $"{NamedConfigurationSection}:{name}", configure);
        services.AddKeyedSingleton(name, static (provider, key) => AgentFactory.Create(provider, (string)key!));
        return builder;
    }

    private static void Register(AgentBuilder builder, string section, Action<AgentOptions>? configure)
    {
        OptionsBuilder<AgentOptions> options = builder.Services.AddOptions<AgentOptions>(builder.Name)
            .Configure<IServiceProvider>((options, provider) => ConfigurationBinding.Bind(provider.GetService<IConfiguration>()?.GetSection(section), options));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Checked when the host starts, so a missing model list fails there with the section to fix, not on first use.
        string agent = builder.Name.Length == 0 ? "The agent" : $"Agent \"{builder.Name}\"";
        options.Validate(
            static o => o.Models.Count > 0,
            $"{agent} has no models: set {section}:Models in configuration, or AgentOptions.Models in AddAgent.")
            .ValidateOnStart();
    }
}
