using System.Text;

namespace ToolKit;

/// <summary>
/// A tool as a model sees it: a name, a description and a JSON schema for its arguments.
/// Generated definitions hold their schema as UTF-8 bytes built at compile time.
/// </summary>
public sealed class ToolDefinition
{
    private string? _schemaText;

    /// <summary>Creates a tool definition.</summary>
    /// <param name="name">The tool name; must match <c>^[a-zA-Z0-9_-]{1,64}$</c>.</param>
    /// <param name="description">What the tool does, written for the model.</param>
    /// <param name="parametersSchema">The JSON schema of the arguments object, as UTF-8 JSON.</param>
    /// <param name="strict">Whether the schema follows OpenAI strict-mode rules.</param>
    public ToolDefinition(string name, string? description, ReadOnlyMemory<byte> parametersSchema, bool strict = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description ?? string.Empty;
        ParametersSchema = parametersSchema;
        Strict = strict;
    }

    /// <summary>The tool name.</summary>
    public string Name { get; }

    /// <summary>The description sent to the model; empty when none was given.</summary>
    public string Description { get; }

    /// <summary>The JSON schema of the arguments object as UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> ParametersSchema { get; }

    /// <summary>The JSON schema of the arguments object as text.</summary>
    public string ParametersSchemaText => _schemaText ??= Encoding.UTF8.GetString(ParametersSchema.Span);

    /// <summary>Whether the schema is an OpenAI strict-mode schema.</summary>
    public bool Strict { get; }

    /// <summary>Whether the agent must ask for approval before running the tool.</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>Whether repeating a call with the same arguments is harmless.</summary>
    public bool Idempotent { get; init; }

    /// <summary>Whether calls to the tool must run one at a time, in order.</summary>
    public bool Sequential { get; init; }

    /// <summary>The per-call timeout, or <see langword="null"/> for the agent's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
