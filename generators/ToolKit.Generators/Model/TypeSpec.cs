namespace ToolKit.Generators.Model;

/// <summary>The JSON shape of a CLR type, as the schema, the binder and the result writer see it.</summary>
internal enum JsonKind
{
    String,
    Char,
    Boolean,
    Integer,
    Number,
    Enum,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,
    Array,
    Dictionary,
    Object,
    JsonElement,
    JsonNode,
}

/// <summary>Which concrete collection the binder builds.</summary>
internal enum CollectionKind
{
    None,
    Array,
    List,
    HashSet,
    Dictionary,
}

/// <summary>
/// One use of a type. Objects are referenced by <see cref="ObjectId"/> into <see cref="ToolSetSpec.Objects"/>, which
/// keeps recursive types finite and the whole model equatable.
/// </summary>
/// <param name="Kind">The JSON shape.</param>
/// <param name="TypeName">The fully qualified C# type, without a nullable annotation or <c>Nullable&lt;&gt;</c>.</param>
/// <param name="IsNullable">Whether <c>null</c> is a valid value (<c>int?</c>, or an annotated reference type).</param>
/// <param name="IsValueType">Whether the type is a value type; with <paramref name="IsNullable"/> it means <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="NumberType">For integers and numbers: the BCL type name, such as <c>Int32</c> or <c>Decimal</c>.</param>
/// <param name="Element">Array items or dictionary values.</param>
/// <param name="Collection">The collection the binder builds.</param>
/// <param name="ObjectId">For objects: the key into the tool set's objects.</param>
/// <param name="Enum">For enums: the members.</param>
internal sealed record TypeSpec(
    JsonKind Kind,
    string TypeName,
    bool IsNullable,
    bool IsValueType,
    string? NumberType = null,
    TypeSpec? Element = null,
    CollectionKind Collection = CollectionKind.None,
    string? ObjectId = null,
    EnumSpec? Enum = null)
{
    /// <summary>The C# type as a declaration writes it, with <c>?</c> when nullable.</summary>
    public string DeclaredTypeName => IsNullable ? TypeName + "?" : TypeName;

    /// <summary>This type with <c>null</c> allowed or not.</summary>
    public TypeSpec WithNullable(bool nullable) => nullable == IsNullable ? this : this with { IsNullable = nullable };
}
