using Microsoft.Extensions.Logging;
using QuickStart;
using ToolKit.Emulator;

namespace ServiceAgent;

/// <summary>
/// Builds the ServiceAgent web app: the OpenRouter client and the travel agent come from dependency injection
/// (<c>AddOpenRouter</c>, <c>AddAgent</c>), configured by appsettings.json, and <c>POST /ask</c> streams the agent's
/// events as Server-Sent Events. Without an OpenRouter API key the OpenRouter emulator runs in-process.
/// </summary>
public static class ServiceAgentApp
{
    /// <summary>Set to true (<c>--ServiceAgent:UseEmulator=true</c>) to use the emulator even when a key is configured.</summary>
    public const string UseEmulatorKey = "ServiceAgent:UseEmulator";

    /// <summary>
    /// Builds the app (not started). Arguments are the usual ASP.NET Core ones, for example
    /// <c>--urls http://127.0.0.1:0</c>. <paramref name="configure"/> lets tests adjust the builder.
    /// </summary>
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        // appsettings.json is read from the output folder, so the app finds it from any working directory.
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        configure?.Invoke(builder);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SseJsonContext.Default));

        OpenRouterEmulator? emulator = NeedsEmulator(builder.Configuration)
            ? await OpenRouterEmulator.StartAsync(new EmulatorOptions { RandomSeed = 7 }, cancellationToken)
            : null;
        try
        {
            return Build(builder, emulator);
        }
        catch
        {
            // The app never got to own it: stop it here.
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
            }

            throw;
        }
    }

    private static WebApplication Build(WebApplicationBuilder builder, OpenRouterEmulator? emulator)
    {
        if (emulator is not null)
        {
            builder.Services.AddSingleton(emulator);
            builder.Services.AddHostedService<EmulatorShutdown>();
        }

        builder.Services.AddOpenRouter(options =>
        {
            if (emulator is not null)
            {
                options.BaseUri = emulator.BaseUri;
                options.ApiKey = emulator.ApiKey;
            }
        });
        builder.Services.AddSingleton(_ => new TravelTools(DateOnly.FromDateTime(DateTime.UtcNow)));
        builder.Services.AddAgent().AddTools<TravelTools>();

        WebApplication app = builder.Build();
        if (emulator is not null)
        {
            // As in the QuickStart: the chain's first model fails on the emulator, so the stream shows a fallback.
            string first = app.Services.GetRequiredService<IOptions<AgentOptions>>().Value.Models.FirstOrDefault() ?? "";
            if (first.Length > 0)
            {
                emulator.SetModelFault(first, "503");
            }

            app.Logger.LogInformation(
                "{Reason}: using the embedded OpenRouter emulator at {EmulatorUri}; it makes {Model} answer 503 to show the fallback chain.",
                app.Configuration.GetValue<bool>(UseEmulatorKey) ? $"{UseEmulatorKey} is true" : "No OpenRouter API key is configured (OpenRouter:ApiKey or OPENROUTER_API_KEY)",
                emulator.BaseUri,
                first);
        }

        app.MapPost("/ask", AskEndpoint.HandleAsync);
        return app;
    }

    private static bool NeedsEmulator(IConfiguration configuration) =>
        configuration.GetValue<bool>(UseEmulatorKey)
        || (string.IsNullOrWhiteSpace(configuration["OpenRouter:ApiKey"])
            && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable)));
}
