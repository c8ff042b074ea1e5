using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ToolKit.Chat;
using ToolKit.Hosting;
using ToolKit.OpenRouter;

// In the DI namespace, like AddHttpClient and AddOptions, so the methods show up where services are configured.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="OpenRouterClient"/> with dependency injection.</summary>
public static class OpenRouterServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="OpenRouterOptions"/> is read from: <c>OpenRouter</c>.</summary>
    public const string ConfigurationSection = "OpenRouter";

    /// <summary>The name of the <see cref="HttpClient"/> the client sends with (for <c>IHttpClientFactory</c>).</summary>
    public const string HttpClientName = "ToolKit.OpenRouter";

    /// <summary>
    /// Registers a singleton <see cref="OpenRouterClient"/>, also as <see cref="IChatModel"/>. Its
    /// <see cref="OpenRouterOptions"/> are bound from the <c>OpenRouter</c> section of the registered
    /// <see cref="IConfiguration"/> (when there is one), then passed to <paramref name="configure"/>. Its
    /// <see cref="HttpClient"/> comes from <c>IHttpClientFactory</c> under <see cref="HttpClientName"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Runs after configuration binding; null to use configuration alone.</param>
    /// <returns>The HttpClient builder, to add handlers (logging, resilience) to the client's pipeline.</returns>
    public static IHttpClientBuilder AddOpenRouter(this IServiceCollection services, Action<OpenRouterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OpenRouterOptions>().Configure<IServiceProvider>(static (options, provider) =>
        {
            // Optional: a plain ServiceCollection has no IConfiguration, and then the delegate alone configures.
            ConfigurationBinding.Bind(provider.GetService<IConfiguration>()?.GetSection(ConfigurationSection), options);
        });
        return AddClient(services, configure);
    }

    /// <summary>
    /// Registers a singleton <see cref="OpenRouterClient"/>, also as <see cref="IChatModel"/>, with its
    /// <see cref="OpenRouterOptions"/> bound from <paramref name="configuration"/> (for example
    /// <c>builder.Configuration.GetSection("OpenRouter")</c>), then passed to <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <c>ApiKey</c>, <c>BaseUri</c>, <c>AppName</c>, <c>Timeout</c>, …</param>
    /// <param name="configure">Runs after binding; null to use the section alone.</param>
    /// <returns>The HttpClient builder, to add handlers to the client's pipeline.</returns>
    public static IHttpClientBuilder AddOpenRouter(this IServiceCollection services, IConfiguration configuration, Action<OpenRouterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OpenRouterOptions>().Configure(options => ConfigurationBinding.Bind(configuration, options));
        return AddClient(services, configure);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services, Action<OpenRouterOptions>? configure)
    {
        if (configure is not null)
        {
            services.Configure(configure);
        }

        // One client for the app: it is thread-safe, and agents (singletons) hold it for their lifetime.
        services.TryAddSingleton(static provider => new OpenRouterClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<OpenRouterOptions>>().Value));
        services.TryAddSingleton<IChatModel>(static provider => provider.GetRequiredService<OpenRouterClient>());

        return services.AddHttpClient(HttpClientName)
            // OpenRouterOptions.Timeout is enforced by the client, per call and per stream event; HttpClient's
            // 100-second default would cut long streams.
            .ConfigureHttpClient(static client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
            {
                // The singleton client keeps its HttpClient, so connections are recycled here for DNS changes.
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                AutomaticDecompression = DecompressionMethods.All,

                // An abandoned SSE stream never drains: close its socket at once instead of holding it.
                MaxResponseDrainSize = 0,
            });
    }
}
