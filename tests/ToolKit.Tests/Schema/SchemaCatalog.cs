using System.Reflection;

namespace ToolKit.Tests.Schema;

/// <summary>Every tool definition the generator emitted into this test project, found through the generated static <c>ToolDefinitions</c>.</summary>
internal static class SchemaCatalog
{
    public static IReadOnlyList<(Type Type, ToolDefinition Definition)> Definitions { get; } = Discover();

    public static TheoryData<string, string> Names
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach ((Type type, ToolDefinition definition) in Definitions)
            {
                data.Add(type.Name, definition.Name);
            }

            return data;
        }
    }

    public static ToolDefinition Find(string typeName, string toolName) =>
        Definitions.Single(d => d.Type.Name == typeName && d.Definition.Name == toolName).Definition;

    private static List<(Type, ToolDefinition)> Discover() =>
        typeof(SchemaCatalog).Assembly.GetTypes()
            .Select(t => (Type: t, Property: t.GetProperty("ToolDefinitions", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)))
            .Where(x => x.Property?.PropertyType == typeof(IReadOnlyList<ToolDefinition>))
            .OrderBy(x => x.Type.FullName, StringComparer.Ordinal)
            .SelectMany(x => ((IReadOnlyList<ToolDefinition>)x.Property!.GetValue(null)!).Select(d => (x.Type, d)))
            .ToList();
}
