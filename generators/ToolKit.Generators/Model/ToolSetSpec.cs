namespace ToolKit.Generators.Model;

/// <summary>A type declaration the generated partial repeats: the tool type and each type it is nested in.</summary>
/// <param name="Keyword">For example <c>class</c>, <c>record</c> or <c>struct</c>.</param>
/// <param name="Name">The type name.</param>
/// <param name="IsStatic">Whether the declaration is <c>static</c>.</param>
internal sealed record TypeDeclarationSpec(string Keyword, string Name, bool IsStatic);

/// <summary>Every tool of one type, and every object and enum their signatures reach. One generated file each.</summary>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="Declarations">From the outermost containing type to the tool type itself.</param>
/// <param name="TypeName">The fully qualified tool type.</param>
/// <param name="HintName">The generated file name.</param>
/// <param name="IsStatic">Whether the type is static: then it exposes a static <c>ToolSet</c> property.</param>
/// <param name="Tools">The tools, in declaration order.</param>
/// <param name="Objects">Every object type reachable from the tools, ordered by id.</param>
/// <param name="Enums">Every enum type reachable from the tools, ordered by id.</param>
internal sealed record ToolSetSpec(
    string? Namespace,
    EquatableArray<TypeDeclarationSpec> Declarations,
    string TypeName,
    string HintName,
    bool IsStatic,
    EquatableArray<ToolSpec> Tools,
    EquatableArray<ObjectSpec> Objects,
    EquatableArray<EnumSpec> Enums);

/// <summary>The model of one <c>[Tool]</c> method and the types it reaches, before grouping by type.</summary>
internal sealed record ToolMethodModel(
    string? Namespace,
    EquatableArray<TypeDeclarationSpec> Declarations,
    string TypeName,
    bool IsStatic,
    int Order,   // the method's index among the type's members: stable under cosmetic edits
    ToolSpec Tool,
    EquatableArray<ObjectSpec> Objects,
    EquatableArray<EnumSpec> Enums);
