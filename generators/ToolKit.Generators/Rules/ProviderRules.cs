using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Rules;

/// <summary>
/// TK0008: schema keywords a major provider rejects, naming the provider. TK0022: JSON property names Anthropic
/// rejects.
/// </summary>
internal static class ProviderRules
{
    private static readonly Regex PropertyName = new("^[a-zA-Z0-9_.-]{1,64}$", RegexOptions.CultureInvariant);

    public static void Run(RuleContext context, SchemaShape shape)
    {
        foreach (RootShape root in shape.Roots)
        {
            ValueSite site = root.Site;
            if (root.Recursive is { } recursive)
            {
                context.Report(DiagnosticDescriptors.ProviderKeyword, site.Location, context.Subject,
                    $"{site.Label} uses the recursive type '{recursive.SchemaName}', so its schema needs $defs and $ref, which Google Gemini rejects; "
                    + "if it must work with Gemini, break the cycle (for example with ids that refer to other items)");
            }

            // In a strict tool an open dictionary is already an error (TK0007).
            if (root.Dictionary is { } dictionary && !context.Strict)
            {
                context.Report(DiagnosticDescriptors.ProviderKeyword, site.Location, context.Subject,
                    $"{site.Label} has an open dictionary at {dictionary.Path}, so its schema uses additionalProperties with a schema, which Google Gemini rejects; "
                    + "if it must work with Gemini, use a list of key/value records");
            }

            if (root.UriPath is { } uriPath && context.Strict)
            {
                context.Report(DiagnosticDescriptors.ProviderKeyword, site.Location, context.Subject,
                    $"{site.Label} has format \"uri\" at {uriPath}, which OpenAI strict mode does not support "
                    + "(it supports date-time, time, date, duration, email, hostname, ipv4, ipv6 and uuid); "
                    + "take a string and describe the format, or set Strict = false");
            }
        }

        foreach (ValueSite site in context.AllSites)
        {
            if (!PropertyName.IsMatch(site.JsonName))
            {
                Location? location = JsonNameArgument(site, context) ?? site.Location;
                context.Report(DiagnosticDescriptors.IllegalPropertyName, location, site.JsonName, site.Label);
            }
        }
    }

    // Point at [JsonPropertyName("...")] when the name comes from it.
    private static Location? JsonNameArgument(ValueSite site, RuleContext context)
    {
        foreach (ISymbol symbol in site.Symbols)
        {
            if (Attributes.Find(symbol, KnownNames.JsonPropertyNameAttribute) is { } attribute
                && AnnotationSyntax.ConstructorArgument(attribute, 0, context.CancellationToken) is { } location)
            {
                return location;
            }
        }

        return null;
    }
}
