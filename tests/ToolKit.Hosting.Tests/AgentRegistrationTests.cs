using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToolKit.Chat;
using ToolKit.Hosting.Tests.Support;

namespace ToolKit.Hosting.Tests;

public sealed class AgentRegistrationTests
{
    private const string AppSettings = """
        {
          "Agent": {
            "Models": [ "openai/gpt-4o-mini", "google/gemini-2.5-flash" ],
            "Instructions": "You are a travel assistant.",
            "Temperature": 0.2,
            "MaxTokens": 500,
            "ParallelToolCalls": false,
            "ToolTimeout": "00:00:07",
            "Limits": { "MaxTurns": 5, "MaxCostUsd": 0.25, "MaxDuration": "00:02:00" },
            "Retry": { "MaxRetries": 1, "BaseDelay": "00:00:00.100" }
          },
          "Agents": {
            "support": { "Models": [ "anthropic/claude-sonnet-4" ], "Instructions": "You answer support tickets." }
          }
        }
        """;

    [Fact]
    public void The_default_agent_options_are_bound_from_the_Agent_section()
    {
        using ServiceProvider provider = Build(services => services.AddAgent());

        AgentOptions options = provider.GetRequiredService<IOptions<AgentOptions>>().Value;

        Assert.Equal(["openai/gpt-4o-mini", "google/gemini-2.5-flash"], options.Models);
        Assert.Equal("You are a travel assistant.", options.Instructions);
        Assert.Equal(0.2, options.Temperature);
        Assert.Equal(500, options.MaxTokens);
        Assert.False(options.ParallelToolCalls);
        Assert.Equal(TimeSpan.FromSeconds(7), options.ToolTimeout);
        Assert.Equal(new RunLimits { MaxTurns = 5, MaxCostUsd = 0.25m, MaxDuration = TimeSpan.FromMinutes(2) }, options.Limits);
        Assert.Equal(new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(100) }, options.Retry);
    }

    [Fact]
    public void The_configure_delegate_runs_after_binding_and_configured_models_replace_the_default_list()
    {
        using ServiceProvider provider = Build(services => services.AddAgent(options =>
        {
            options.Instructions = "From code.";
            options.Models.Add("meta-llama/llama-3.3-70b-instruct");
        }));

        AgentOptions options = provider.GetRequiredService<IOptions<AgentOptions>>().Value;

        Assert.Equal("From code.", options.Instructions);
        Assert.Equal(["openai/gpt-4o-mini", "google/gemini-2.5-flash", "meta-llama/llama-3.3-70b-instruct"], options.Models);
        Assert.Equal(5, options.Limits.MaxTurns);
        Assert.Equal(new RunLimits().MaxToolCalls, options.Limits.MaxToolCalls);
    }

    [Fact]
    public void A_named_agent_reads_its_own_section_and_resolves_as_a_keyed_singleton()
    {
        using ServiceProvider provider = Build(services =>
        {
            services.AddAgent();
            services.AddAgent("support", options => options.MaxTokens = 100);
        });

        AgentOptions support = provider.GetRequiredService<IOptionsMonitor<AgentOptions>>().Get("support");
        Agent named = provider.GetRequiredKeyedService<Agent>("support");
        Agent unnamed = provider.GetRequiredService<Agent>();

        Assert.Equal(["anthropic/claude-sonnet-4"], support.Models);
        Assert.Equal("You answer support tickets.", support.Instructions);
        Assert.Equal(100, support.MaxTokens);
        Assert.Null(support.Temperature);
        Assert.NotSame(named, unnamed);
        Assert.Same(named, provider.GetRequiredKeyedService<Agent>("support"));
        Assert.Same(unnamed, provider.GetRequiredService<Agent>());
    }

    [Fact]
    public void An_agent_without_models_fails_startup_validation_naming_the_section_to_fix()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(TestConfiguration.FromJson("{}"));
        services.AddSingleton<IChatModel, NoModel>();
        services.AddAgent("writer");
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Agent \"writer\" has no models: set Agents:writer:Models in configuration", error.Message);
    }

    [Fact]
    public void Tool_types_become_container_singletons_and_the_registered_options_stay_free_of_tools()
    {
        var source = new ForecastSource { Sky = "foggy" };
        using ServiceProvider provider = Build(services =>
        {
            services.AddSingleton(source);
            services.AddAgent().AddTools<WeatherTools>().AddTools(_ => ClockTools.ToolSet);
        });

        AgentOptions options = provider.GetRequiredService<IOptionsFactory<AgentOptions>>().Create(Options.DefaultName);
        Agent agent = provider.GetRequiredService<Agent>();

        // The registered options hold no tools: AgentFactory adds them to a fresh options object per agent.
        Assert.Empty(options.Tools);
        Assert.NotNull(agent);
        Assert.Same(provider.GetRequiredService<WeatherTools>(), provider.GetRequiredService<WeatherTools>());
    }

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(TestConfiguration.FromJson(AppSettings));
        services.AddSingleton<IChatModel, NoModel>();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Registration tests never call the model.</summary>
    private sealed class NoModel : IChatModel
    {
        public Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not called");

        public IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not called");
    }
}
