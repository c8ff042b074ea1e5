using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Emitting;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Rules;

/// <summary>
/// DataAnnotations that cannot work: TK0019 (a pattern that is not ECMAScript), TK0020 (limits that admit no value)
/// and TK0021 (an annotation that does nothing for the member's type).
/// </summary>
internal static class AnnotationRules
{
    public static void Run(RuleContext context)
    {
        foreach (ValueSite site in context.AllSites)
        {
            bool lengthsReported = false;
            AttributeData? firstLength = null;
            foreach (ISymbol symbol in site.Symbols)
            {
                foreach (AttributeData attribute in symbol.GetAttributes())
                {
                    if (attribute.AttributeClass is null)
                    {
                        continue;
                    }

                    switch (Attributes.FullName(attribute.AttributeClass))
                    {
                        case KnownNames.RangeAttribute:
                            CheckRange(context, site, attribute);
                            break;
                        case KnownNames.StringLengthAttribute:
                        case KnownNames.LengthAttribute:
                        case KnownNames.MinLengthAttribute:
                        case KnownNames.MaxLengthAttribute:
                            firstLength ??= attribute;
                            lengthsReported |= CheckLength(context, site, attribute);
                            break;
                        case KnownNames.RegularExpressionAttribute:
                            if (RequireString(context, site, attribute, "RegularExpression") && attribute.ConstructorArguments.Length == 1
                                && attribute.ConstructorArguments[0].Value is string pattern
                                && EcmaScriptPattern.Check(pattern) is { } why)
                            {
                                context.Report(DiagnosticDescriptors.NonEcmaScriptPattern,
                                    AnnotationSyntax.ConstructorArgument(attribute, 0, context.CancellationToken) ?? site.Location,
                                    Literals.CSharpString(pattern), why);
                            }

                            break;
                        case KnownNames.EmailAddressAttribute:
                            RequireString(context, site, attribute, "EmailAddress");
                            break;
                        case KnownNames.UrlAttribute:
                            RequireString(context, site, attribute, "Url");
                            break;
                    }
                }
            }

            // [MinLength(5)] with [MaxLength(3)]: two attributes that together admit nothing.
            if (!lengthsReported && firstLength is not null && site.Constraints is { MinLength: { } min, MaxLength: { } max } && min > max)
            {
                context.Report(DiagnosticDescriptors.EmptyRange, AnnotationSyntax.Attribute(firstLength, context.CancellationToken) ?? site.Location,
                    Capitalize(site.Label), $"a minimum length {min} greater than its maximum length {max}");
            }
        }
    }

    private static void CheckRange(RuleContext context, ValueSite site, AttributeData attribute)
    {
        Location? location = AnnotationSyntax.Attribute(attribute, context.CancellationToken) ?? site.Location;
        if (site.Type.Kind is not (JsonKind.Integer or JsonKind.Number))
        {
            context.Report(DiagnosticDescriptors.IneffectiveAnnotation, location, "Range", site.Label, Display(site), "[Range] applies to numbers");
            return;
        }

        var args = attribute.ConstructorArguments;
        int first = args.Length == 3 ? 1 : 0;
        if (args.Length < 2 || Number(args[first].Value) is not { } min || Number(args[first + 1].Value) is not { } max)
        {
            return;
        }

        bool minExclusive = Attributes.Named<bool>(attribute, "MinimumIsExclusive");
        bool maxExclusive = Attributes.Named<bool>(attribute, "MaximumIsExclusive");
        if (min > max || (min == max && (minExclusive || maxExclusive)))
        {
            context.Report(DiagnosticDescriptors.EmptyRange, location, Capitalize(site.Label),
                min > max ? $"a [Range] minimum {Text(min)} greater than its maximum {Text(max)}" : $"an exclusive [Range] from {Text(min)} to {Text(max)}");
            return;
        }

        // An integer range can still be empty once it is made whole and cut to the type's own range.
        var bounds = NumericBounds.For(site.Type, ConstraintSpec.None with
        {
            Minimum = min.ToString(CultureInfo.InvariantCulture),
            MinimumExclusive = minExclusive,
            Maximum = max.ToString(CultureInfo.InvariantCulture),
            MaximumExclusive = maxExclusive,
        });
        if (site.Type.Kind == JsonKind.Integer && bounds.Min > bounds.Max)
        {
            context.Report(DiagnosticDescriptors.EmptyRange, location, Capitalize(site.Label),
                $"a [Range] that no whole number of type '{Display(site)}' is in");
        }
    }

    // Returns whether a TK0020 was reported for this attribute.
    private static bool CheckLength(RuleContext context, ValueSite site, AttributeData attribute)
    {
        string name = attribute.AttributeClass!.Name.Replace("Attribute", "");
        Location? location = AnnotationSyntax.Attribute(attribute, context.CancellationToken) ?? site.Location;
        bool isString = site.Type.Kind == JsonKind.String;
        bool isCollection = site.Type.Kind == JsonKind.Array;
        if (!isString && !isCollection)
        {
            context.Report(DiagnosticDescriptors.IneffectiveAnnotation, location, name, site.Label, Display(site),
                "length limits apply to strings and collections");
            return false;
        }

        var args = attribute.ConstructorArguments;
        int? min = null;
        int? max = null;
        if (name == "StringLength" && args.Length == 1 && args[0].Value is int stringMax)
        {
            max = stringMax;
            min = Attributes.Named<int>(attribute, "MinimumLength");
        }
        else if (name == "Length" && args.Length == 2 && args[0].Value is int lo && args[1].Value is int hi)
        {
            (min, max) = (lo, hi);
        }

        if (min is { } a && max is { } b && a > b)
        {
            context.Report(DiagnosticDescriptors.EmptyRange, location, Capitalize(site.Label), $"a minimum length {a} greater than its maximum length {b}");
            return true;
        }

        return false;
    }

    private static bool RequireString(RuleContext context, ValueSite site, AttributeData attribute, string name)
    {
        if (site.Type.Kind == JsonKind.String)
        {
            return true;
        }

        string why = name == "RegularExpression" ? "[RegularExpression] applies to strings" : $"[{name}] is a format for strings";
        context.Report(DiagnosticDescriptors.IneffectiveAnnotation, AnnotationSyntax.Attribute(attribute, context.CancellationToken) ?? site.Location,
            name, site.Label, Display(site), why);
        return false;
    }

    private static decimal? Number(object? value)
    {
        double d;
        switch (value)
        {
            case int i: return i;
            case long l: return l;
            case double x: d = x; break;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed): d = parsed; break;
            default: return null;
        }

        return double.IsNaN(d) || double.IsInfinity(d) || d > (double)decimal.MaxValue || d < (double)decimal.MinValue ? null : (decimal)d;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value's type as the code writes it, such as <c>List&lt;int&gt;</c>.</summary>
    internal static string Display(ValueSite site) => site.Primary switch
    {
        IParameterSymbol parameter => parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
        IPropertySymbol property => property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
        _ => site.Type.DeclaredTypeName.Replace("global::", ""),
    };

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
