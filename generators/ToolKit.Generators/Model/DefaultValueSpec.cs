namespace ToolKit.Generators.Model;

/// <summary>A default value as a C# expression and, when JSON can express it, as JSON.</summary>
internal sealed record DefaultValueSpec(string CSharp, string? Json);
