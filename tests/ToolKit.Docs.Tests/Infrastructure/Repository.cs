namespace ToolKit.Docs.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Docs => Path.Combine(Root, "docs");

    public static string Snippets => Path.Combine(Root, "tests", "ToolKit.Docs.Tests", "Snippets");

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ToolKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ToolKit.sln above {AppContext.BaseDirectory}.");
    }
}
