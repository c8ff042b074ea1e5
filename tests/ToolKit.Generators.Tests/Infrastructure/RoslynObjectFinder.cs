using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>
/// Walks an object graph by reflection (fields, declared property types, and the items of every enumerable) and
/// lists where a Roslyn object is held. A pipeline model holding one never compares equal across runs and keeps
/// whole compilations alive.
/// </summary>
internal sealed class RoslynObjectFinder
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel),
        typeof(Compilation), typeof(AttributeData), typeof(Diagnostic),
    ];

    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _findings = [];

    /// <summary>How many objects were walked, so a test can tell that the walk saw the model at all.</summary>
    public int Visited { get; private set; }

    /// <summary>The types of every walked object.</summary>
    public HashSet<Type> SeenTypes { get; } = [];

    public IReadOnlyList<string> Findings => _findings;

    public void Walk(object? value, string path) => Walk(value, path, depth: 0);

    private static bool IsForbidden(Type type) => Forbidden.Any(f => f.IsAssignableFrom(type));

    // An interface-typed or object-typed member may hold a Roslyn object at run time, so both are checked.
    private static bool CanHoldForbidden(Type declared) => IsForbidden(declared)
        || (declared.IsGenericType && declared.GetGenericArguments().Any(IsForbidden))
        || (declared.IsArray && IsForbidden(declared.GetElementType()!));

    // "<Name>k__BackingField" reads as "Name".
    private static string MemberName(FieldInfo field) =>
        field.Name.StartsWith('<') && field.Name.IndexOf('>', StringComparison.Ordinal) is > 0 and var end ? field.Name[1..end] : field.Name;

    private void Walk(object? value, string path, int depth)
    {
        if (value is null)
        {
            return;
        }

        Type type = value.GetType();
        Visited++;
        SeenTypes.Add(type);
        if (IsForbidden(type))
        {
            _findings.Add($"{path}: {type.FullName}");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || value is string or decimal || depth > 64)
        {
            return;
        }

        if (!type.IsValueType && !_visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, $"{path}[{i++}]", depth + 1);
            }
        }

        for (Type? t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                string name = MemberName(field);
                if (CanHoldForbidden(field.FieldType))
                {
                    _findings.Add($"{path}.{name}: declared as {field.FieldType.FullName}");
                }

                Walk(field.GetValue(value), $"{path}.{name}", depth + 1);
            }

            foreach (PropertyInfo property in t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (CanHoldForbidden(property.PropertyType))
                {
                    _findings.Add($"{path}.{property.Name}: declared as {property.PropertyType.FullName}");
                }
            }
        }
    }
}
