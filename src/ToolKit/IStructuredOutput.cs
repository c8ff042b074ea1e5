namespace ToolKit;

/// <summary>A type the model can answer with: implemented by the generator for <see cref="StructuredOutputAttribute"/> types.</summary>
/// <typeparam name="TSelf">The output type itself.</typeparam>
public interface IStructuredOutput<TSelf> where TSelf : IStructuredOutput<TSelf>
{
    /// <summary>The schema name sent to the provider.</summary>
    static abstract string OutputName { get; }

    /// <summary>The JSON schema of the output as UTF-8 JSON, built at compile time.</summary>
    static abstract ReadOnlyMemory<byte> OutputSchema { get; }

    /// <summary>Whether the schema is a strict-mode schema.</summary>
    static abstract bool OutputStrict { get; }

    /// <summary>Binds and validates the model's JSON answer; every problem is listed with its JSON path.</summary>
    static abstract bool TryParseOutput(string? json, out TSelf value, out IReadOnlyList<ArgumentError> errors);
}
