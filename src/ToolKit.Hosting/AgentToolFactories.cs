namespace ToolKit.Hosting;

/// <summary>The tool sets registered for one agent (named options, keyed by the agent's name).</summary>
internal sealed class AgentToolFactories
{
    public List<Func<IServiceProvider, IToolSet>> Factories { get; } = [];
}
