using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Parsing;

/// <summary>Builds the model of a <c>[StructuredOutput]</c> type from symbols alone, for the generator and the analyzer.</summary>
internal static class OutputParser
{
    /// <summary>
    /// Parses <paramref name="type"/>; null when an error makes it impossible to generate. With
    /// <paramref name="keepOnErrors"/> (the analyzer) the model is returned whenever it can be built.
    /// </summary>
    public static OutputTypeSpec? Parse(INamedTypeSymbol type, AttributeData attribute, ProblemSink problems, CancellationToken cancellationToken,
        bool keepOnErrors = false)
    {
        string outputName = Attributes.Named<string>(attribute, "Name") ?? NamingPolicy.SnakeCase(type.Name);
        bool strict = !attribute.NamedArguments.Any(a => a.Key == "Strict" && a.Value.Value is false);
        problems.ToolName = outputName;
        ToolParser.CheckContainingTypes(type, problems);
        GeneratedMembers.CheckOutputType(type, problems);
        if (!ToolParser.IsValidToolName(outputName))
        {
            problems.Report(DiagnosticDescriptors.InvalidToolName,
                ToolParser.NamedArgumentLocation(attribute, "Name", cancellationToken) ?? type.Locations.FirstOrDefault(), outputName);
        }

        var types = new TypeParser(problems, cancellationToken);
        TypeSpec? root = types.Parse(type, "the output type", type.Locations.FirstOrDefault());
        if (root is null || (problems.HasErrors && !keepOnErrors) || root.Kind != JsonKind.Object)
        {
            return null;
        }

        ObjectSpec? spec = types.Objects.FirstOrDefault(o => o.Id == root.ObjectId);
        if (spec is null)
        {
            return null;
        }

        if (!spec.CanConstruct)
        {
            problems.Report(DiagnosticDescriptors.UnsupportedType, type.Locations.FirstOrDefault(), outputName, "the output type", type.ToDisplayString(),
                "; it needs a public constructor the binder can call (mark one with [JsonConstructor])");
            if (!keepOnErrors)
            {
                return null;
            }
        }

        string typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new OutputTypeSpec(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            ToolParser.Declarations(type), typeName, HintNames.For(typeName) + ".Output.g.cs", outputName, strict,
            root.WithNullable(false), types.Objects, types.Enums);
    }
}
