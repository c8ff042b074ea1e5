namespace ToolKit.Generators.Model;

/// <summary>A <c>[StructuredOutput]</c> type: its schema name, strictness, and the objects and enums it reaches.</summary>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="Declarations">From the outermost containing type to the output type itself.</param>
/// <param name="TypeName">The fully qualified type.</param>
/// <param name="HintName">The generated file name.</param>
/// <param name="OutputName">The schema name sent to the provider.</param>
/// <param name="Strict">Whether the schema is a strict-mode schema.</param>
/// <param name="Root">The output type as a type use.</param>
/// <param name="Objects">Every object type reachable from it, ordered by id.</param>
/// <param name="Enums">Every enum type reachable from it, ordered by id.</param>
internal sealed record OutputTypeSpec(
    string? Namespace,
    EquatableArray<TypeDeclarationSpec> Declarations,
    string TypeName,
    string HintName,
    string OutputName,
    bool Strict,
    TypeSpec Root,
    EquatableArray<ObjectSpec> Objects,
    EquatableArray<EnumSpec> Enums);
