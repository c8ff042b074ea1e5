using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ToolKit.Generators.Rules;

/// <summary>Where an attribute and its arguments are written, so that diagnostics underline the argument at fault.</summary>
internal static class AnnotationSyntax
{
    /// <summary>The whole attribute, such as <c>Range(1, 7)</c>; null for an attribute from metadata.</summary>
    public static Location? Attribute(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();

    /// <summary>The positional argument at <paramref name="index"/>, or the attribute when it is not written out.</summary>
    public static Location? ConstructorArgument(AttributeData attribute, int index, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax)
        {
            int position = 0;
            foreach (AttributeArgumentSyntax argument in syntax.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameEquals is not null || argument.NameColon is not null)
                {
                    continue;
                }

                if (position++ == index)
                {
                    return argument.GetLocation();
                }
            }

            return syntax.GetLocation();
        }

        return null;
    }

    /// <summary>The <c>Name = value</c> argument, or the attribute when it is not written out.</summary>
    public static Location? NamedArgument(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax)
        {
            foreach (AttributeArgumentSyntax argument in syntax.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.GetLocation();
                }
            }

            return syntax.GetLocation();
        }

        return null;
    }

    /// <summary>The default value of a parameter (<c>10</c> in <c>int days = 10</c>).</summary>
    public static Location? DefaultValue(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax { Default.Value: { } value })
            {
                return value.GetLocation();
            }
        }

        return null;
    }

    /// <summary>The initializer of a property (<c>1</c> in <c>int Nights { get; init; } = 1;</c>).</summary>
    public static ExpressionSyntax? Initializer(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer.Value: { } value })
            {
                return value;
            }
        }

        return null;
    }
}
