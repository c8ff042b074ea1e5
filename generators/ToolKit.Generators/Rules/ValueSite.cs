using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Rules;

/// <summary>
/// A value the model fills in: a tool's argument parameter, or a member of an object the schema reaches. It pairs
/// the parser's model of the value with the symbols it came from, so that rules can read attributes and point at code.
/// </summary>
internal sealed class ValueSite
{
    public ValueSite(string label, string jsonName, TypeSpec type, ConstraintSpec constraints, bool isOptional, ISymbol? primary,
        IParameterSymbol? constructorParameter, Location? location)
    {
        Label = label;
        JsonName = jsonName;
        Type = type;
        Constraints = constraints;
        IsOptional = isOptional;
        Primary = primary;
        ConstructorParameter = constructorParameter;
        Location = location;
    }

    /// <summary>For messages: <c>parameter 'days'</c> or <c>member 'Order.Quantity'</c>.</summary>
    public string Label { get; }

    /// <summary>The property name in the JSON object.</summary>
    public string JsonName { get; }

    public TypeSpec Type { get; }

    public ConstraintSpec Constraints { get; }

    /// <summary>Whether the model may leave it out (a default value, or not required).</summary>
    public bool IsOptional { get; }

    /// <summary>The tool parameter, or the member's property (its constructor parameter when there is no property).</summary>
    public ISymbol? Primary { get; }

    /// <summary>For a property bound through a constructor: that constructor parameter, whose attributes count too.</summary>
    public IParameterSymbol? ConstructorParameter { get; }

    /// <summary>Where to report problems with this value: its declaration, or the tool parameter that reaches it.</summary>
    public Location? Location { get; }

    /// <summary>Every symbol whose attributes describe this value.</summary>
    public IEnumerable<ISymbol> Symbols
    {
        get
        {
            if (Primary is not null)
            {
                yield return Primary;
            }

            if (ConstructorParameter is not null && !SymbolEqualityComparer.Default.Equals(ConstructorParameter, Primary))
            {
                yield return ConstructorParameter;
            }
        }
    }
}
