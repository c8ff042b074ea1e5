namespace ToolKit.Generators.Model;

/// <summary>A record, class or struct that maps to a JSON object.</summary>
/// <param name="Id">A stable identifier, used for generated method names and <c>$defs</c> keys.</param>
/// <param name="TypeName">The fully qualified C# type.</param>
/// <param name="SchemaName">The readable name used as the <c>$defs</c> key.</param>
/// <param name="IsValueType">Whether the type is a struct.</param>
/// <param name="Description">From XML docs or <c>[Description]</c>.</param>
/// <param name="Properties">Every member the JSON object has, in declaration order.</param>
/// <param name="CanConstruct">Whether generated code can create an instance, so it can be a tool argument.</param>
/// <param name="ConstructorParameterCount">How many constructor arguments creation takes.</param>
internal sealed record ObjectSpec(
    string Id,
    string TypeName,
    string SchemaName,
    bool IsValueType,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    bool CanConstruct,
    int ConstructorParameterCount);

/// <summary>How the binder sets a member.</summary>
internal enum MemberBinding
{
    /// <summary>Read-only: written in results, never bound.</summary>
    None,
    ConstructorParameter,
    Settable,
    InitOnly,
}

/// <summary>A member of a JSON object.</summary>
/// <param name="Name">The C# property name, or the constructor parameter name when there is no property.</param>
/// <param name="JsonName">The JSON property name.</param>
/// <param name="Type">The member's type.</param>
/// <param name="Description">From XML docs or <c>[Description]</c>.</param>
/// <param name="IsRequired">Whether the model must send it.</param>
/// <param name="Default">The value used when it is absent, when known at compile time.</param>
/// <param name="Constraints">DataAnnotations limits.</param>
/// <param name="Binding">How the binder sets it.</param>
/// <param name="ConstructorIndex">For constructor parameters: the position.</param>
/// <param name="CanRead">Whether the result writer can read it.</param>
internal sealed record PropertySpec(
    string Name,
    string JsonName,
    TypeSpec Type,
    string? Description,
    bool IsRequired,
    DefaultValueSpec? Default,
    ConstraintSpec Constraints,
    MemberBinding Binding,
    int ConstructorIndex,
    bool CanRead);
