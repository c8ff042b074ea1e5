using Microsoft.CodeAnalysis;

namespace ToolKit.Generators;

/// <summary>Every diagnostic ToolKit reports. Ids are stable; each has a page at docs/diagnostics/TKnnnn.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "https://github.com/toolkit-dotnet/toolkit/blob/main/docs/diagnostics/";
    private const string Design = "ToolKit.Design";
    private const string Schema = "ToolKit.Schema";
    private const string Naming = "ToolKit.Naming";
    private const string Documentation = "ToolKit.Documentation";
    private const string Strict = "ToolKit.StrictMode";

    public static readonly DiagnosticDescriptor TypeNotPartial = Create(
        "TK0001", "Type with tools must be partial",
        "Type '{0}' has [Tool] methods but is not partial; add the 'partial' modifier to it{1} so that ToolKit can generate its tool set",
        Design, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedType = Create(
        "TK0002", "Type has no JSON schema mapping",
        "Tool '{0}': {1} has type '{2}', which has no JSON schema mapping{3}",
        Schema, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateToolName = Create(
        "TK0003", "Duplicate tool name",
        "Tool name '{0}' is used by more than one tool in '{1}'; give one of them another name with [Tool(Name = \"...\")]",
        Naming, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidToolName = Create(
        "TK0004", "Illegal tool name",
        "Tool name '{0}' is not allowed: names must be 1 to 64 characters of letters, digits, '_' or '-' (^[a-zA-Z0-9_-]{{1,64}}$)",
        Naming, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedSignature = Create(
        "TK0005", "Tool method signature is not supported",
        "Tool method '{0}' cannot be a tool: {1}",
        Design, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingDescription = Create(
        "TK0006", "Missing description",
        "{0} has no description; add an XML doc comment or [Description] so that the model knows when and how to use it",
        Documentation, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StrictModeViolation = Create(
        "TK0007", "Construct not allowed in strict mode",
        "Tool '{0}' is strict, but {1}; strict mode (OpenAI structured outputs) does not allow this",
        Strict, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ProviderKeyword = Create(
        "TK0008", "Schema keyword rejected by a provider",
        "Tool '{0}': {1}",
        Schema, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateJsonName = Create(
        "TK0009", "Two parameters share a JSON name",
        "Tool '{0}': {1} and {2} both map to the JSON name '{3}'; rename one or set [JsonPropertyName]",
        Naming, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InaccessibleMethod = Create(
        "TK0010", "Tool method cannot be called by generated code",
        "Tool method '{0}' {1}, so the generated dispatcher cannot call it",
        Design, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
