using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Parsing;

/// <summary>Turns DataAnnotations into a <see cref="ConstraintSpec"/>.</summary>
internal static class ConstraintReader
{
    public static ConstraintSpec Read(ISymbol member, ISymbol? alternate = null)
    {
        var spec = ConstraintSpec.None;
        foreach (ISymbol symbol in alternate is null ? new[] { member } : new[] { member, alternate })
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                spec = Apply(spec, attribute);
            }
        }

        return spec;
    }

    private static ConstraintSpec Apply(ConstraintSpec spec, AttributeData attribute)
    {
        if (attribute.AttributeClass is null)
        {
            return spec;
        }

        var args = attribute.ConstructorArguments;
        switch (Attributes.FullName(attribute.AttributeClass))
        {
            case KnownNames.RangeAttribute:
                // Range(int, int), Range(double, double) and Range(Type, string, string).
                int first = args.Length == 3 ? 1 : 0;
                if (args.Length < 2)
                {
                    return spec;
                }

                return spec with
                {
                    Minimum = NumberText(args[first].Value),
                    Maximum = NumberText(args[first + 1].Value),
                    MinimumExclusive = Attributes.Named<bool>(attribute, "MinimumIsExclusive"),
                    MaximumExclusive = Attributes.Named<bool>(attribute, "MaximumIsExclusive"),
                };

            case KnownNames.StringLengthAttribute:
                return args.Length == 1 && args[0].Value is int max
                    ? spec with { MaxLength = max, MinLength = Attributes.Named<int>(attribute, "MinimumLength") is var min && min > 0 ? min : spec.MinLength }
                    : spec;

            case KnownNames.MinLengthAttribute:
                return args.Length == 1 && args[0].Value is int minLength ? spec with { MinLength = minLength } : spec;

            case KnownNames.MaxLengthAttribute:
                return args.Length == 1 && args[0].Value is int maxLength && maxLength >= 0 ? spec with { MaxLength = maxLength } : spec;

            case KnownNames.LengthAttribute:
                return args.Length == 2 && args[0].Value is int lo && args[1].Value is int hi ? spec with { MinLength = lo, MaxLength = hi } : spec;

            case KnownNames.RegularExpressionAttribute:
                return args.Length == 1 && args[0].Value is string pattern ? spec with { Pattern = pattern } : spec;

            case KnownNames.EmailAddressAttribute:
                return spec with { Format = "email" };

            case KnownNames.UrlAttribute:
                return spec with { Format = "uri" };

            default:
                return spec;
        }
    }

    private static string? NumberText(object? value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d when !double.IsInfinity(d) && !double.IsNaN(d) => d.ToString("R", CultureInfo.InvariantCulture),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && !double.IsInfinity(parsed)
            => parsed.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };
}
