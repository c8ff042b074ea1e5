using Microsoft.CodeAnalysis;

namespace ToolKit.Generators;

/// <summary>Every diagnostic ToolKit reports. Ids are stable; each has a page at docs/diagnostics/TKnnnn.md.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where the rule pages live; each link is this plus <c>TKnnnn.md</c>.</summary>
    public const string HelpBase = "https://github.com/toolkit-dotnet/toolkit/blob/main/docs/diagnostics/";

    private const string Design = "ToolKit.Design";
    private const string Schema = "ToolKit.Schema";
    private const string Naming = "ToolKit.Naming";
    private const string Documentation = "ToolKit.Documentation";
    private const string Strict = "ToolKit.StrictMode";
    private const string Providers = "ToolKit.Providers";

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
        "Tool name '{0}' is used by more than one tool {1}; give one of them another name with [Tool(Name = \"...\")]",
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
        "{0} is strict, but {1}",
        Strict, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ProviderKeyword = Create(
        "TK0008", "Schema keyword rejected by a provider",
        "{0}: {1}",
        Providers, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateJsonName = Create(
        "TK0009", "Two parameters share a JSON name",
        "Tool '{0}': {1} and {2} both map to the JSON name '{3}'; rename one of them",
        Naming, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InaccessibleMethod = Create(
        "TK0010", "Tool method cannot be called by generated code",
        "Tool method '{0}' {1}, so the generated dispatcher cannot call it",
        Design, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateMemberJsonName = Create(
        "TK0011", "Two members share a JSON name",
        "Type '{0}': members '{1}' and '{2}' both map to the JSON name '{3}'; rename one or set [JsonPropertyName]",
        Naming, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UninformativeDescription = Create(
        "TK0012", "Description says nothing",
        "The description of {0} {1}; say what it does and when to use it, not just its name",
        Documentation, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DescriptionTooLong = Create(
        "TK0013", "Tool description too long",
        "The description of tool '{0}' is {1} characters long; providers cap tool descriptions at 1024 characters (OpenAI), so shorten it and move detail into parameter descriptions",
        Documentation, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TooManyTools = Create(
        "TK0014", "Too many tools in one type",
        "'{0}' declares {1} tools; providers accept at most 128 tools in one request (OpenAI), so split them into several types and combine the ones a run needs",
        Design, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ApprovalOnReadOnlyTool = Create(
        "TK0015", "Approval required for a tool that only reads",
        "Tool '{0}' requires approval, but its name says it only reads ('{1}'); approval is for tools with side effects, so remove RequiresApproval, or rename the tool if it changes something",
        Design, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MissingCancellationToken = Create(
        "TK0016", "Asynchronous tool without a CancellationToken",
        "Tool '{0}' is asynchronous but takes no CancellationToken; add one so that a cancelled run or a tool timeout can stop it",
        Design, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ServiceOfValueType = Create(
        "TK0017", "[FromServices] on a type no container provides",
        "Parameter '{0}' of tool '{1}' is [FromServices], but '{2}' is {3}, which no service container provides; remove [FromServices] to make it a tool argument, or inject a service type",
        Design, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DefaultViolatesConstraint = Create(
        "TK0018", "Default value fails its own constraint",
        "The default value of {0} is {1}, which {2}; change the default or the constraint",
        Schema, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NonEcmaScriptPattern = Create(
        "TK0019", "Pattern is not an ECMAScript regular expression",
        "The [RegularExpression] pattern {0} is not portable: {1}; JSON Schema patterns are ECMA-262 regular expressions, so use only constructs JavaScript supports",
        Schema, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EmptyRange = Create(
        "TK0020", "Minimum greater than maximum",
        "{0} has {1}, so no value is valid; fix the limits",
        Schema, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IneffectiveAnnotation = Create(
        "TK0021", "DataAnnotation has no effect",
        "[{0}] has no effect on {1} of type '{2}': {3}; remove it or change the type",
        Schema, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IllegalPropertyName = Create(
        "TK0022", "JSON property name rejected by providers",
        "The JSON name '{0}' of {1} is rejected by Anthropic, which requires property names to match ^[a-zA-Z0-9_.-]{{1,64}}$; rename it, or give a property a [JsonPropertyName] that matches",
        Providers, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StrictOptionalNotNullable = Create(
        "TK0023", "Optional parameter of a strict tool is not nullable",
        "Parameter '{0}' of strict tool '{1}' is optional, so strict mode sends it as required and nullable, with null meaning the default; declare it '{2}?' so the code shows that",
        Strict, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor TooManyParameters = Create(
        "TK0024", "Tool with many parameters",
        "Tool '{0}' has {1} argument parameters; models fill long argument lists less reliably, so group related parameters into a record",
        Design, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor GeneratedMemberConflict = Create(
        "TK0025", "Member conflicts with a generated member",
        "'{0}' declares '{1}', which ToolKit generates for {2}; rename or remove the member",
        Design, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DescriptionOnlyInXmlDocs = Create(
        "TK0026", "Description comes only from XML docs",
        "{0} is described only by XML documentation; a [Description] attribute can be added from it",
        Documentation, DiagnosticSeverity.Hidden);

    public static readonly DiagnosticDescriptor EmptyEnum = Create(
        "TK0027", "Enum without members",
        "Enum '{0}' ({1}) has no members, so its schema accepts no value; add members or use another type",
        Schema, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NegativeTimeout = Create(
        "TK0028", "Negative timeout",
        "Tool '{0}' has TimeoutSeconds = {1}; a timeout must be positive, or 0 for none",
        Design, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
