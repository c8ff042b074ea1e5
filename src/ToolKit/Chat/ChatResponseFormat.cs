namespace ToolKit.Chat;

/// <summary>A structured-output request: the answer must be JSON that matches <see cref="Schema"/>.</summary>
/// <param name="Name">A name for the schema (letters, digits, '_' and '-').</param>
/// <param name="Schema">The JSON schema as UTF-8 JSON.</param>
/// <param name="Strict">Whether the provider must enforce the schema exactly.</param>
public sealed record ChatResponseFormat(string Name, ReadOnlyMemory<byte> Schema, bool Strict = true);
