namespace ToolKit;

/// <summary>
/// Marks a <c>partial</c> record, class or struct as a typed final output for an agent run
/// (<c>agent.RunAsync&lt;T&gt;</c>). The ToolKit generator implements <see cref="IStructuredOutput{TSelf}"/> on it: a
/// JSON schema built at compile time and a reflection-free binder that validates the model's answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class StructuredOutputAttribute : Attribute
{
    /// <summary>The schema name sent to the provider. Default: the type name in snake_case.</summary>
    public string? Name { get; set; }

    /// <summary>Whether the provider must enforce the schema exactly (OpenAI strict mode). Default true.</summary>
    public bool Strict { get; set; } = true;
}
