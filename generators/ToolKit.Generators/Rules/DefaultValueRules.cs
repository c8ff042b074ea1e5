using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolKit.Generators.Emitting;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Rules;

/// <summary>
/// TK0018: a default value that its own DataAnnotations reject. The schema would advertise a default that the
/// binder refuses, and a model that leaves the value out would get the default it was told is invalid.
/// </summary>
internal static class DefaultValueRules
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static void Run(RuleContext context)
    {
        foreach (ValueSite site in context.AllSites)
        {
            if (site.Constraints.IsEmpty || !TryGetDefault(site, context, out object? value, out Location? location) || value is null)
            {
                continue;
            }

            string? why = site.Type.Kind switch
            {
                JsonKind.Integer or JsonKind.Number => CheckNumber(site, value),
                JsonKind.String when value is string text => CheckString(site, text),
                _ => null,
            };
            if (why is not null)
            {
                string shown = value is string s ? Literals.CSharpString(s) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
                context.Report(DiagnosticDescriptors.DefaultViolatesConstraint, location ?? site.Location, site.Label, shown, why);
            }
        }
    }

    private static bool TryGetDefault(ValueSite site, RuleContext context, out object? value, out Location? location)
    {
        IParameterSymbol? parameter = site.Primary as IParameterSymbol ?? site.ConstructorParameter;
        if (parameter is { HasExplicitDefaultValue: true })
        {
            value = parameter.ExplicitDefaultValue;
            location = AnnotationSyntax.DefaultValue(parameter, context.CancellationToken);
            return true;
        }

        if (site.Primary is IPropertySymbol property && AnnotationSyntax.Initializer(property, context.CancellationToken) is { } initializer)
        {
            value = Literals.EvaluateInitializer(initializer, property.Type, out bool isConstant);
            location = initializer.GetLocation();
            return isConstant;
        }

        value = null;
        location = null;
        return false;
    }

    private static string? CheckNumber(ValueSite site, object value)
    {
        decimal number;
        try
        {
            number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }

        ConstraintSpec c = site.Constraints;
        if (c.Minimum is null && c.Maximum is null)
        {
            return null;
        }

        NumericBounds bounds = NumericBounds.For(site.Type, c);
        bool below = bounds.Min is { } min && (bounds.MinExclusive ? number <= min : number < min);
        bool above = bounds.Max is { } max && (bounds.MaxExclusive ? number >= max : number > max);
        return below || above ? $"is outside {Annotation(site, KnownNames.RangeAttribute)}" : null;
    }

    private static string? CheckString(ValueSite site, string text)
    {
        ConstraintSpec c = site.Constraints;
        int length = text.Length - text.Count(char.IsLowSurrogate); // code points, as the binder counts
        if ((c.MinLength is { } min && length < min) || (c.MaxLength is { } max && length > max))
        {
            string annotation = Annotation(site, KnownNames.StringLengthAttribute, KnownNames.LengthAttribute, KnownNames.MinLengthAttribute, KnownNames.MaxLengthAttribute);
            return $"is {length} characters long, which {annotation} does not allow";
        }

        if (c.Pattern is { } pattern)
        {
            try
            {
                if (!Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, MatchTimeout))
                {
                    return $"does not match {Annotation(site, KnownNames.RegularExpressionAttribute)}";
                }
            }
            catch (ArgumentException)
            {
                // An invalid pattern is TK0019's business.
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return null;
    }

    // "[Range(1, 7)]" as written, or the attribute's name when it comes from metadata.
    private static string Annotation(ValueSite site, params string[] metadataNames)
    {
        foreach (ISymbol symbol in site.Symbols)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && metadataNames.Contains(Attributes.FullName(type)))
                {
                    return attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax syntax
                        ? "[" + syntax.ToString() + "]"
                        : "[" + type.Name.Replace("Attribute", "") + "]";
                }
            }
        }

        return "its constraint";
    }
}
