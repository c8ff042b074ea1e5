namespace ToolKit;

/// <summary>
/// Binds a tool parameter from <see cref="ToolContext.Services"/> instead of from the model's arguments.
/// The parameter is left out of the schema.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromServicesAttribute : Attribute
{
}
