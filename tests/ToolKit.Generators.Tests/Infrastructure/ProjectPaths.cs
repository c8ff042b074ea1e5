using System.Reflection;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>
/// Paths inside this test project's source folder. The folder is stamped into the assembly at build time
/// (AssemblyMetadata "ProjectDirectory"), because [CallerFilePath] holds a mapped "/_/" path in CI builds.
/// </summary>
internal static class ProjectPaths
{
    public static string ProjectDirectory { get; } =
        typeof(ProjectPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value
        ?? throw new InvalidOperationException("The ProjectDirectory assembly metadata is missing.");

    /// <summary>A tool source used as generator input: Sources/<paramref name="name"/>.cs.</summary>
    public static string ReadSource(string name) => File.ReadAllText(Path.Combine(ProjectDirectory, "Sources", name + ".cs"));

    /// <summary>The folder holding the expected output for one baseline case.</summary>
    public static string BaselineDirectory(string caseName) => Path.Combine(ProjectDirectory, "Baselines", caseName);
}
