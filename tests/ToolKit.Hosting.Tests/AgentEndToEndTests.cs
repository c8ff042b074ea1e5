using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ToolKit.Emulator;
using ToolKit.Hosting.Tests.Support;

namespace ToolKit.Hosting.Tests;

/// <summary>The whole bridge: configuration → OpenRouter client → agent with DI-built tools → the loopback emulator.</summary>
public sealed class AgentEndToEndTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_registered_agent_calls_tools_built_by_the_container_and_answers_from_their_results()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync().WaitAsync(Bound);
        var source = new ForecastSource { Sky = "foggy" };
        await using ServiceProvider provider = Build(emulator, services =>
        {
            services.AddSingleton(source);
            services.AddAgent().AddTools<WeatherTools>();
        });

        AgentRun run = await provider.GetRequiredService<Agent>().RunAsync("What's the weather in Paris?").WaitAsync(Bound);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(1, source.Calls);
        Assert.Contains("get_weather returned: foggy in Paris", run.Output);
        Assert.Equal("openai/gpt-4o-mini", Assert.Single(run.Attempts, a => a.Succeeded && a.Turn == 1).RequestedModel);
    }

    [Fact]
    public async Task Tools_read_services_through_FromServices_because_the_agent_passes_the_container()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync().WaitAsync(Bound);
        var clock = new FixedClock(new DateTimeOffset(2030, 5, 17, 12, 0, 0, TimeSpan.Zero));
        await using ServiceProvider provider = Build(emulator, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddAgent("clock").AddTools(_ => ClockTools.ToolSet);
        });

        AgentRun run = await provider.GetRequiredKeyedService<Agent>("clock").RunAsync("What time is it in Tokyo?").WaitAsync(Bound);

        Assert.Contains("get_time returned: 2030-05-17 in Tokyo", run.Output);
    }

    [Fact]
    public async Task A_singleton_agent_gives_each_scope_its_own_scoped_services_through_WithServices()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync().WaitAsync(Bound);
        int scopes = 0;
        await using ServiceProvider provider = Build(emulator, services =>
        {
            // A scoped service, as a DbContext would be: each scope gets the next day.
            services.AddScoped<TimeProvider>(_ => new FixedClock(new DateTimeOffset(2030, 5, 17 + Interlocked.Increment(ref scopes), 12, 0, 0, TimeSpan.Zero)));
            services.AddAgent("clock").AddTools(_ => ClockTools.ToolSet);
        });
        Agent agent = provider.GetRequiredKeyedService<Agent>("clock");

        var outputs = new List<string>();
        for (int i = 0; i < 2; i++)
        {
            await using AsyncServiceScope scope = provider.CreateAsyncScope();
            AgentRun run = await agent.WithServices(scope.ServiceProvider).RunAsync("What time is it in Tokyo?").WaitAsync(Bound);
            outputs.Add(run.Output ?? string.Empty);
        }

        // Without a scope the root provider refuses the scoped service, and the tool reports the failure to the model.
        AgentRun unscoped = await agent.RunAsync("What time is it in Tokyo?").WaitAsync(Bound);

        Assert.Contains("get_time returned: 2030-05-18 in Tokyo", outputs[0]);
        Assert.Contains("get_time returned: 2030-05-19 in Tokyo", outputs[1]);
        Assert.DoesNotContain("get_time returned: 2030", unscoped.Output);
        Assert.Equal(2, scopes);
    }

    private static ServiceProvider Build(OpenRouterEmulator emulator, Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(TestConfiguration.FromJson($$"""
            {
              "OpenRouter": { "ApiKey": "{{emulator.ApiKey}}", "BaseUri": "{{emulator.BaseUri}}" },
              "Agent": { "Models": [ "openai/gpt-4o-mini" ], "Limits": { "MaxTurns": 4 } },
              "Agents": { "clock": { "Models": [ "openai/gpt-4o-mini" ] } }
            }
            """));
        services.AddOpenRouter();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
