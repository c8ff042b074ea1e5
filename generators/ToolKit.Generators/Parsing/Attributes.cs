using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ToolKit.Generators.Parsing;

/// <summary>Attribute look-ups by metadata name.</summary>
internal static class Attributes
{
    public static AttributeData? Find(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => Is(a, metadataName));

    public static bool Has(ISymbol symbol, string metadataName) => Find(symbol, metadataName) is not null;

    public static bool Is(AttributeData attribute, string metadataName) =>
        attribute.AttributeClass is { } type && FullName(type) == metadataName;

    /// <summary>Whether the symbol has an attribute with this simple name in any namespace.</summary>
    public static bool HasNamed(ISymbol symbol, string simpleName) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.Name == simpleName);

    public static string FullName(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString() + "." + MetadataName(type)
            : MetadataName(type);

    private static string MetadataName(ITypeSymbol type) =>
        type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName : type.MetadataName;

    public static T? Named<T>(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is T value)
            {
                return value;
            }
        }

        return default;
    }

    public static string? Description(ISymbol symbol) =>
        Find(symbol, KnownNames.DescriptionAttribute) is { } a && a.ConstructorArguments.Length == 1
            ? a.ConstructorArguments[0].Value as string
            : null;

    public static string? JsonName(ISymbol symbol) =>
        Find(symbol, KnownNames.JsonPropertyNameAttribute) is { } a && a.ConstructorArguments.Length == 1
            ? a.ConstructorArguments[0].Value as string
            : null;
}
