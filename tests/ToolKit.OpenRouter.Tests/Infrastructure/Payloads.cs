using System.Text;

namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>Recorded payloads from <c>Payloads/</c> and reference data from <c>TestData/openrouter/</c>.</summary>
public static class Payloads
{
    /// <summary>A recorded payload's text.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name), Encoding.UTF8);

    /// <summary>A recorded payload's bytes.</summary>
    public static byte[] ReadBytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    /// <summary>The names of the recorded payloads matching a pattern.</summary>
    public static IEnumerable<string> Names(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Payloads"), pattern).Select(Path.GetFileName).Order()!;

    /// <summary>A reference file (<c>openapi.json</c>, <c>models-2025-12-02.json</c>).</summary>
    public static string ReadReference(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "openrouter", name), Encoding.UTF8);
}
