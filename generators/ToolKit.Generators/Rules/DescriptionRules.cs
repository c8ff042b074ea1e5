using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Rules;

/// <summary>
/// Descriptions are what the model reads to choose a tool and fill its arguments. TK0006: none. TK0012: empty, or
/// only the name again. TK0013: longer than providers accept. TK0026 (hidden): only in XML docs, which lets the
/// code fix copy it into <c>[Description]</c>.
/// </summary>
internal static class DescriptionRules
{
    /// <summary>The diagnostic property that carries the description text to the TK0026 code fix.</summary>
    public const string DescriptionProperty = "Description";

    public const int MaxToolDescriptionLength = 1024;

    public static void Run(RuleContext context)
    {
        if (context.Method is not { } method || context.Tool is not { } tool || context.ToolAttribute is not { } toolAttribute)
        {
            return;
        }

        Location? methodLocation = method.Locations.FirstOrDefault();
        string toolSubject = $"Tool '{tool.ToolName}'";

        // The same precedence as the parser: [Tool(Description)], then [Description], then XML docs.
        Location? attributeLocation = ToolParser.NamedArgumentLocation(toolAttribute, "Description", context.CancellationToken);
        if (attributeLocation is null && Attributes.Find(method, KnownNames.DescriptionAttribute) is { } description)
        {
            attributeLocation = AnnotationSyntax.ConstructorArgument(description, 0, context.CancellationToken);
        }

        bool fromAttribute = Attributes.Named<string>(toolAttribute, "Description") is not null || Attributes.Description(method) is not null;
        Check(context, toolSubject, "tool", tool.Description, fromAttribute, attributeLocation ?? methodLocation, methodLocation,
            tool.ToolName, method.Name, NamingPolicy.ToolName(method.Name));
        if (tool.Description is { Length: > MaxToolDescriptionLength } text)
        {
            context.Report(DiagnosticDescriptors.DescriptionTooLong, attributeLocation ?? methodLocation, tool.ToolName, text.Length);
        }

        foreach (ParameterSpec parameter in tool.Parameters.Where(p => p.Source == ParameterSource.Arguments))
        {
            IParameterSymbol? symbol = method.Parameters.FirstOrDefault(p => p.Name == parameter.Name);
            if (symbol is null)
            {
                continue;
            }

            Location? parameterLocation = symbol.Locations.FirstOrDefault();
            AttributeData? attribute = Attributes.Find(symbol, KnownNames.DescriptionAttribute);
            Location? location = attribute is null ? parameterLocation : AnnotationSyntax.ConstructorArgument(attribute, 0, context.CancellationToken);
            Check(context, $"Parameter '{parameter.Name}' of tool '{tool.ToolName}'", "parameter", parameter.Description,
                Attributes.Description(symbol) is not null, location ?? parameterLocation, parameterLocation, parameter.Name, parameter.JsonName);
        }
    }

    private static void Check(RuleContext context, string subject, string kind, string? description, bool fromAttribute, Location? location,
        Location? declaration, params string[] names)
    {
        if (description is null)
        {
            context.Report(DiagnosticDescriptors.MissingDescription, declaration, subject);
            return;
        }

        string lowerSubject = char.ToLowerInvariant(subject[0]) + subject.Substring(1);
        if (description.Trim().Length == 0)
        {
            context.Report(DiagnosticDescriptors.UninformativeDescription, location, lowerSubject, "is empty");
        }
        else if (names.Any(name => Normalize(name) == Normalize(description)))
        {
            context.Report(DiagnosticDescriptors.UninformativeDescription, location, lowerSubject,
                $"only repeats the {kind} name ('{description}')");
        }

        if (!fromAttribute)
        {
            context.Report(DiagnosticDescriptors.DescriptionOnlyInXmlDocs, declaration,
                ImmutableDictionary<string, string?>.Empty.Add(DescriptionProperty, description), subject);
        }
    }

    // "Get forecast.", "GetForecast" and "get_forecast" all become "getforecast".
    private static string Normalize(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }
}
