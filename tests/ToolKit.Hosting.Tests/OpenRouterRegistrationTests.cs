using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToolKit.Chat;
using ToolKit.Emulator;
using ToolKit.Hosting.Tests.Support;
using ToolKit.OpenRouter;

namespace ToolKit.Hosting.Tests;

public sealed class OpenRouterRegistrationTests
{
    private const string AppSettings = """
        {
          "OpenRouter": {
            "ApiKey": "sk-or-v1-from-config",
            "BaseUri": "http://127.0.0.1:9/api/v1/",
            "AppName": "Configured App",
            "AppUrl": "https://example.com",
            "Timeout": "00:00:42",
            "GenerationNotFoundRetries": 5,
            "GenerationNotFoundDelay": "00:00:00.250"
          }
        }
        """;

    [Fact]
    public void Options_are_bound_from_the_OpenRouter_section_of_the_registered_configuration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(TestConfiguration.FromJson(AppSettings));
        services.AddOpenRouter();
        using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterOptions options = provider.GetRequiredService<IOptions<OpenRouterOptions>>().Value;

        Assert.Equal("sk-or-v1-from-config", options.ApiKey);
        Assert.Equal(new Uri("http://127.0.0.1:9/api/v1/"), options.BaseUri);
        Assert.Equal("Configured App", options.AppName);
        Assert.Equal("https://example.com", options.AppUrl);
        Assert.Equal(TimeSpan.FromSeconds(42), options.Timeout);
        Assert.Equal(5, options.GenerationNotFoundRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.GenerationNotFoundDelay);
    }

    [Fact]
    public void The_configure_delegate_runs_after_binding_and_keys_missing_from_configuration_keep_their_defaults()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(TestConfiguration.FromJson("""{ "OpenRouter": { "AppName": "From config", "ApiKey": "sk-config" } }"""));
        services.AddOpenRouter(options => options.AppName = "From code");
        using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterOptions options = provider.GetRequiredService<IOptions<OpenRouterOptions>>().Value;

        Assert.Equal("From code", options.AppName);
        Assert.Equal("sk-config", options.ApiKey);
        Assert.Equal(OpenRouterOptions.DefaultBaseUri, options.BaseUri);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Timeout);
    }

    [Fact]
    public void Without_configuration_the_delegate_alone_configures_the_client()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(options => options.BaseUri = new Uri("http://127.0.0.1:9/api/v1"));
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal(new Uri("http://127.0.0.1:9/api/v1/"), provider.GetRequiredService<OpenRouterClient>().BaseUri);
    }

    [Fact]
    public void An_explicit_section_is_bound_instead_of_the_OpenRouter_section()
    {
        IConfigurationRoot configuration = TestConfiguration.FromJson("""
            { "OpenRouter": { "AppName": "Ignored" }, "Llm": { "Router": { "AppName": "Explicit", "BaseUri": "http://127.0.0.1:8/v1/" } } }
            """);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOpenRouter(configuration.GetSection("Llm:Router"));
        using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterOptions options = provider.GetRequiredService<IOptions<OpenRouterOptions>>().Value;

        Assert.Equal("Explicit", options.AppName);
        Assert.Equal(new Uri("http://127.0.0.1:8/v1/"), provider.GetRequiredService<OpenRouterClient>().BaseUri);
    }

    [Fact]
    public void The_client_is_one_singleton_registered_as_IChatModel_too()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter(options => options.ApiKey = "sk-test");
        using ServiceProvider provider = services.BuildServiceProvider();

        OpenRouterClient client = provider.GetRequiredService<OpenRouterClient>();

        Assert.Same(client, provider.GetRequiredService<IChatModel>());
        Assert.Same(client, provider.GetRequiredService<OpenRouterClient>());
    }

    [Fact]
    public void The_named_HttpClient_has_no_timeout_of_its_own_because_the_client_enforces_OpenRouterOptions_Timeout()
    {
        var services = new ServiceCollection();
        services.AddOpenRouter();
        using ServiceProvider provider = services.BuildServiceProvider();

        HttpClient http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(OpenRouterServiceCollectionExtensions.HttpClientName);

        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    [Fact]
    public async Task Requests_go_through_the_factory_pipeline_with_the_configured_key_and_base_uri()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(TestConfiguration.FromJson($$"""
            { "OpenRouter": { "ApiKey": "{{emulator.ApiKey}}", "BaseUri": "{{emulator.BaseUri}}", "AppName": "Hosting Tests" } }
            """));
        services.AddOpenRouter().AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatModel model = provider.GetRequiredService<IChatModel>();

        ChatResponse response = await model.CompleteAsync(new ChatRequest
        {
            Model = "openai/gpt-4o-mini",
            Messages = [ChatMessage.User("Hello there")],
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("You said: Hello there", response.Message.Content);
        string request = Assert.Single(seen);
        Assert.Equal($"POST {emulator.BaseUri}chat/completions Bearer {emulator.ApiKey} Hosting Tests", request);
        RecordedRequest recorded = Assert.Single(emulator.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
        Assert.Equal("Hosting Tests", recorded.Headers["X-OpenRouter-Title"]);
    }

    /// <summary>A handler added through the returned IHttpClientBuilder: proves the client uses the factory's pipeline.</summary>
    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string title = request.Headers.TryGetValues("X-OpenRouter-Title", out IEnumerable<string>? values) ? string.Join(",", values) : "";
            seen.Add($"{request.Method} {request.RequestUri} {request.Headers.Authorization} {title}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
