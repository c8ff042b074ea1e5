using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ToolKit.Hosting;

/// <summary>Adds tools to an agent registered with <c>AddAgent</c>.</summary>
public sealed class AgentBuilder
{
    internal AgentBuilder(IServiceCollection services, string name)
    {
        Services = services;
        Name = name;
    }

    /// <summary>The services the agent is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The agent's name; empty for the default agent.</summary>
    public string Name { get; }

    /// <summary>
    /// Gives the agent the tools of <typeparamref name="TTools"/> (a class with generated <c>[Tool]</c> methods),
    /// resolved from the services when the agent is created. When <typeparamref name="TTools"/> is not registered, it
    /// is added as a singleton built from its constructor's services.
    /// </summary>
    /// <typeparam name="TTools">The tool set type.</typeparam>
    /// <returns>This builder.</returns>
    public AgentBuilder AddTools<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TTools>()
        where TTools : class, IToolSet
    {
        Services.TryAddSingleton<TTools>();
        return AddTools(static provider => provider.GetRequiredService<TTools>());
    }

    /// <summary>Gives the agent the tool set <paramref name="factory"/> makes when the agent is created.</summary>
    /// <param name="factory">Makes the tool set from the services.</param>
    /// <returns>This builder.</returns>
    public AgentBuilder AddTools(Func<IServiceProvider, IToolSet> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.Configure<AgentToolFactories>(Name, tools => tools.Factories.Add(factory));
        return this;
    }
}
