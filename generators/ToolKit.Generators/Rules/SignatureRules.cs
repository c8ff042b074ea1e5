using System.Linq;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Rules;

/// <summary>
/// Checks on a tool's signature and <c>[Tool]</c> settings: TK0015 (approval on a tool that only reads), TK0016 (no
/// CancellationToken), TK0017 ([FromServices] on a value no container provides), TK0024 (too many arguments) and
/// TK0028 (a negative timeout).
/// </summary>
internal static class SignatureRules
{
    public const int MaxArguments = 20;

    private static readonly string[] ReadOnlyVerbs = ["get", "list", "find", "search", "read", "lookup", "count"];

    public static void Run(RuleContext context)
    {
        if (context.Method is not { } method || context.Tool is not { } tool)
        {
            return;
        }

        Location? methodLocation = method.Locations.FirstOrDefault();
        string verb = NamingPolicy.SnakeCase(tool.ToolName).Split('_', '-').FirstOrDefault(w => w.Length > 0) ?? "";
        if (tool.RequiresApproval && ReadOnlyVerbs.Contains(verb))
        {
            context.Report(DiagnosticDescriptors.ApprovalOnReadOnlyTool, context.ToolArgument("RequiresApproval") ?? methodLocation, tool.ToolName, verb);
        }

        if (tool.Return.IsAsync && !tool.Parameters.Any(p => p.Source == ParameterSource.CancellationToken))
        {
            context.Report(DiagnosticDescriptors.MissingCancellationToken, methodLocation, tool.ToolName);
        }

        foreach (IParameterSymbol parameter in method.Parameters.Where(p => ToolParser.SourceOf(p) == ParameterSource.Service))
        {
            if (NotAService(parameter.Type) is { } what)
            {
                context.Report(DiagnosticDescriptors.ServiceOfValueType, parameter.Locations.FirstOrDefault(), parameter.Name, tool.ToolName,
                    parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), what);
            }
        }

        int arguments = method.Parameters.Count(p => ToolParser.SourceOf(p) == ParameterSource.Arguments);
        if (arguments > MaxArguments)
        {
            context.Report(DiagnosticDescriptors.TooManyParameters, methodLocation, tool.ToolName, arguments);
        }

        if (tool.TimeoutSeconds < 0)
        {
            context.Report(DiagnosticDescriptors.NegativeTimeout, context.ToolArgument("TimeoutSeconds") ?? methodLocation, tool.ToolName, tool.TimeoutSeconds);
        }
    }

    // Containers register services by type; values like these are data, which belongs in the arguments.
    private static string? NotAService(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return "a string";
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return "an enum";
        }

        if (type.TypeKind == TypeKind.Array)
        {
            return "an array";
        }

        return type.SpecialType is (>= SpecialType.System_Boolean and <= SpecialType.System_Double)
            or SpecialType.System_IntPtr or SpecialType.System_UIntPtr or SpecialType.System_DateTime
            ? "a primitive type"
            : null;
    }
}
