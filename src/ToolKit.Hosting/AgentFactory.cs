using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ToolKit.Chat;

namespace ToolKit.Hosting;

/// <summary>Builds a registered agent from its options, its tools and the registered <see cref="IChatModel"/>.</summary>
internal static class AgentFactory
{
    public static Agent Create(IServiceProvider provider, string name)
    {
        // The factory makes a fresh options object each time, so the tools added below never pile up in a cache.
        AgentOptions options = provider.GetRequiredService<IOptionsFactory<AgentOptions>>().Create(name);
        foreach (Func<IServiceProvider, IToolSet> factory in provider.GetRequiredService<IOptionsMonitor<AgentToolFactories>>().Get(name).Factories)
        {
            options.Tools.Add(factory(provider));
        }

        // Tools see the app's services through ToolContext.Services ([FromServices] parameters).
        options.Services ??= provider;
        return new Agent(provider.GetRequiredService<IChatModel>(), options);
    }
}
