using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>Builds test compilations and runs the generator over them the way the compiler does.</summary>
internal static class TestCompilation
{
    /// <summary>C# 12: the newest language Roslyn 4.8 (the generator's pinned version) knows.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Parse);

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            "ToolKit.Generators.TestInput",
            sources.Select((source, i) => Parse(source, $"Input{i}.cs")),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>A driver that records every pipeline step, for caching tests.</summary>
    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new ToolGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns its output together with the compilation that includes it.</summary>
    public static GeneratorOutput Generate(CSharpCompilation compilation)
    {
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        return new GeneratorOutput(result, output, diagnostics);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutput(GeneratorRunResult Result, Compilation Compilation, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>The generated files by hint name, in hint-name order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToList();

    /// <summary>Fails when the generator threw, or when the source plus the generated code does not compile cleanly.</summary>
    public void AssertCompilesWithoutErrors()
    {
        Assert.Null(Result.Exception);
        Assert.Empty(DriverDiagnostics);

        var errors = Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The compilation has errors:" + Environment.NewLine + Describe(errors));

        // Generated code lands in projects that treat warnings as errors (this one does), so it must not warn.
        var generatedPaths = Result.GeneratedSources.Select(s => s.SyntaxTree.FilePath).ToHashSet(StringComparer.Ordinal);
        var warnings = Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generatedPaths.Contains(tree.FilePath))
            .ToList();
        Assert.True(warnings.Count == 0, "The generated code has warnings:" + Environment.NewLine + Describe(warnings));
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => $"  {d.Location.GetLineSpan()}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
}
