namespace ToolKit.Generators.Model;

/// <summary>Where a tool method parameter gets its value.</summary>
internal enum ParameterSource
{
    /// <summary>From the model's arguments; part of the schema.</summary>
    Arguments,
    CancellationToken,
    ToolContext,
    ServiceProvider,
    Service,
}

/// <summary>A tool method parameter.</summary>
/// <param name="Name">The C# parameter name.</param>
/// <param name="JsonName">The property name in the arguments object.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="TypeName">The C# type as declared (for services and special parameters).</param>
/// <param name="Type">For <see cref="ParameterSource.Arguments"/>: the JSON shape.</param>
/// <param name="Description">From the method's <c>&lt;param&gt;</c> doc or <c>[Description]</c>.</param>
/// <param name="IsRequired">Whether the model must send it.</param>
/// <param name="Default">The default when it is optional.</param>
/// <param name="Constraints">DataAnnotations limits.</param>
/// <param name="IsOptionalService">For services: whether a missing service is allowed (nullable or defaulted parameter).</param>
internal sealed record ParameterSpec(
    string Name,
    string JsonName,
    ParameterSource Source,
    string TypeName,
    TypeSpec? Type,
    string? Description,
    bool IsRequired,
    DefaultValueSpec? Default,
    ConstraintSpec Constraints,
    bool IsOptionalService);
