using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="ToolAnalyzer"/> over a test source and compares its diagnostics with the markup.</summary>
internal static class AnalyzerVerifier
{
    // DESIGN.md §4.
    private static readonly Dictionary<string, DiagnosticSeverity> Severities = new(StringComparer.Ordinal)
    {
        ["TK0001"] = DiagnosticSeverity.Error,
        ["TK0002"] = DiagnosticSeverity.Error,
        ["TK0003"] = DiagnosticSeverity.Error,
        ["TK0004"] = DiagnosticSeverity.Error,
        ["TK0005"] = DiagnosticSeverity.Error,
        ["TK0010"] = DiagnosticSeverity.Warning,
    };

    /// <summary>
    /// Asserts that the ToolKit diagnostics are exactly those marked, by id and span, each with its documented
    /// severity. Returns them in source order so the test can check messages.
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> VerifyAsync(string markup)
    {
        (string source, IReadOnlyList<ExpectedDiagnostic> expected) = Markup.Parse(markup);
        Assert.NotEmpty(expected);

        IReadOnlyList<Diagnostic> actual = await AnalyzeAsync(source);

        Assert.Equal(
            expected.OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => $"{e.Id} at {Describe(source, e.Span)}"),
            actual.Select(d => $"{d.Id} at {Describe(source, d.Location.SourceSpan)}"));
        Assert.All(actual, d => Assert.Equal(Severities[d.Id], d.Severity));
        return actual;
    }

    /// <summary>Asserts that a clean source gets no ToolKit diagnostic, and that the generated code for it compiles.</summary>
    public static async Task VerifyCleanAsync(string source)
    {
        Assert.Empty(await AnalyzeAsync(source));

        GeneratorOutput output = TestCompilation.Generate(TestCompilation.Create(source));
        output.AssertCompilesWithoutErrors();
        Assert.NotEmpty(output.Sources);
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(string source)
    {
        Compilation compilation = TestCompilation.Create(source);

        // A test source that does not compile would test the compiler's recovery, not the analyzer.
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new ToolAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        return diagnostics
            .Where(d => d.Id.StartsWith("TK", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    // "(4,18)-(4,23) 'value'": readable in a failure message, and exact.
    private static string Describe(string source, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(source);
        var lines = text.Lines.GetLinePositionSpan(span);
        return $"{lines} '{source.Substring(span.Start, span.Length)}'";
    }
}
