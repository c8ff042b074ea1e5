using System.Linq;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Rules;

/// <summary>
/// TK0007: what OpenAI strict mode (structured outputs) rejects. TK0023: optional parameters of a strict tool that
/// the code does not declare nullable, although strict mode makes them nullable on the wire.
/// </summary>
internal static class StrictModeRules
{
    public static void Run(RuleContext context, SchemaShape shape)
    {
        if (!context.Strict)
        {
            return;
        }

        foreach (RootShape root in shape.Roots)
        {
            ValueSite site = root.Site;
            if (root.Dictionary is { } dictionary)
            {
                context.Report(DiagnosticDescriptors.StrictModeViolation, site.Location, context.Subject,
                    $"{site.Label} has an open dictionary at {dictionary.Path} ('{Display(dictionary.Type)}'), whose schema needs additionalProperties with a schema; "
                    + "use a list of key/value records instead, or set Strict = false");
            }

            if (root.FreeForm is { } freeForm)
            {
                context.Report(DiagnosticDescriptors.StrictModeViolation, site.Location, context.Subject,
                    $"{site.Label} takes free-form JSON at {freeForm.Path} ('{Display(freeForm.Type)}'), which has no fixed schema; "
                    + "use a typed record instead, or set Strict = false");
            }

            if (root.Depth > SchemaShape.MaxDepth)
            {
                context.Report(DiagnosticDescriptors.StrictModeViolation, site.Location, context.Subject,
                    $"{site.Label} nests objects {root.Depth} levels deep at {root.DeepestPath}, counting the top-level object as level 1, "
                    + $"and strict mode allows {SchemaShape.MaxDepth}; flatten the types, or set Strict = false");
            }
        }

        if (shape.Properties > SchemaShape.MaxProperties)
        {
            context.Report(DiagnosticDescriptors.StrictModeViolation, context.StrictLocation, context.Subject,
                $"its schema has {shape.Properties} object properties in total, and strict mode allows {SchemaShape.MaxProperties}; "
                + "split it into smaller tools or types, or set Strict = false");
        }

        if (shape.EnumValues > SchemaShape.MaxEnumValues)
        {
            context.Report(DiagnosticDescriptors.StrictModeViolation, context.StrictLocation, context.Subject,
                $"its schema has {shape.EnumValues} enum values in total, and strict mode allows {SchemaShape.MaxEnumValues}; "
                + "use fewer or smaller enums (a string with a description works for long lists), or set Strict = false");
        }

        ReportOptionalNotNullable(context);
    }

    private static void ReportOptionalNotNullable(RuleContext context)
    {
        if (context.Method is null || context.Tool is null)
        {
            return;
        }

        foreach (IParameterSymbol parameter in context.Method.Parameters)
        {
            ParameterSpec? spec = context.Tool.Parameters.FirstOrDefault(p => p.Name == parameter.Name);
            if (spec is { Source: ParameterSource.Arguments, Type: { IsNullable: false } } && parameter.HasExplicitDefaultValue)
            {
                context.Report(DiagnosticDescriptors.StrictOptionalNotNullable, parameter.Locations.FirstOrDefault(), parameter.Name, context.Name,
                    parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
            }
        }
    }

    private static string Display(TypeSpec type) => type.TypeName.Replace("global::", "");
}
