using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Rules;

/// <summary>
/// Finds the type symbols behind the parser's object ids. The model holds no symbols (it must cache), so the rules
/// walk the signature's types again, descending only into the objects the parser found.
/// </summary>
internal static class SymbolIndex
{
    public static Dictionary<string, INamedTypeSymbol> Build(IEnumerable<ITypeSymbol> roots, ISet<string> objectIds)
    {
        var found = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
        var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (ITypeSymbol root in roots)
        {
            Walk(root, objectIds, found, visited);
        }

        return found;
    }

    private static void Walk(ITypeSymbol type, ISet<string> objectIds, Dictionary<string, INamedTypeSymbol> found, HashSet<ITypeSymbol> visited)
    {
        if (!visited.Add(type))
        {
            return;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                Walk(array.ElementType, objectIds, found, visited);
                return;
            case INamedTypeSymbol named:
                string id = TypeParser.IdOf(named);
                if (objectIds.Contains(id))
                {
                    found[id] = named;
                    foreach (IPropertySymbol property in TypeParser.PublicProperties(named))
                    {
                        Walk(property.Type, objectIds, found, visited);
                    }

                    IMethodSymbol? constructor = TypeParser.ChooseConstructor(named, out _);
                    foreach (IParameterSymbol parameter in constructor?.Parameters ?? Enumerable.Empty<IParameterSymbol>())
                    {
                        Walk(parameter.Type, objectIds, found, visited);
                    }
                }
                else
                {
                    // Collections, dictionaries and Nullable<T>: the objects are in the type arguments.
                    foreach (ITypeSymbol argument in named.TypeArguments)
                    {
                        Walk(argument, objectIds, found, visited);
                    }
                }

                return;
        }
    }
}
