using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>
/// Metadata references for test compilations: the shared framework this test process runs on, plus the ToolKit
/// runtime. Built from files already on disk, so tests need no network and no reference-assembly packages.
/// </summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> All { get; } = Create();

    private static ImmutableArray<MetadataReference> Create()
    {
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not set; tests must run on .NET (Core).");
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        // Only the shared framework: the test's own dependencies (xunit, Roslyn) must not leak into test code.
        IEnumerable<string> framework = trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal));

        return framework
            .Append(typeof(ToolAttribute).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
