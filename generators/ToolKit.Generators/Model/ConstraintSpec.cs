namespace ToolKit.Generators.Model;

/// <summary>
/// Limits from DataAnnotations, kept as invariant-culture text so that the schema and the generated checks use the
/// same numbers.
/// </summary>
internal sealed record ConstraintSpec(
    string? Minimum = null,
    bool MinimumExclusive = false,
    string? Maximum = null,
    bool MaximumExclusive = false,
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    string? Format = null)
{
    public static readonly ConstraintSpec None = new();

    public bool IsEmpty => Equals(None);
}
