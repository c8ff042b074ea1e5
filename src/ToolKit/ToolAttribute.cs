namespace ToolKit;

/// <summary>
/// Marks a method as a tool that a language model can call. The ToolKit source generator turns it into a
/// JSON-schema <see cref="ToolDefinition"/> and a reflection-free dispatcher on the containing <c>partial</c> type.
/// </summary>
/// <remarks>
/// The tool name defaults to the method name in snake_case with a trailing <c>Async</c> removed
/// (<c>GetForecastAsync</c> becomes <c>get_forecast</c>). The description comes from <see cref="Description"/>,
/// a <c>[Description]</c> attribute or the method's XML documentation, in that order.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ToolAttribute : Attribute
{
    /// <summary>The tool name sent to the model. Must match <c>^[a-zA-Z0-9_-]{1,64}$</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The tool description sent to the model. Overrides XML docs and <c>[Description]</c>.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Emit an OpenAI strict-mode schema: every property is required, optional values become nullable,
    /// and every object forbids additional properties.
    /// </summary>
    public bool Strict { get; set; }

    /// <summary>The agent pauses and asks for approval before it runs this tool.</summary>
    public bool RequiresApproval { get; set; }

    /// <summary>Running the tool twice with the same arguments has the same effect as running it once.</summary>
    public bool Idempotent { get; set; }

    /// <summary>Calls to this tool run one at a time, in the order the model sent them, never in parallel.</summary>
    public bool Sequential { get; set; }

    /// <summary>A per-call timeout in seconds enforced by the agent; 0 means the agent's default.</summary>
    public int TimeoutSeconds { get; set; }
}
