using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>Runs ToolKit's analyzers over a test source and compares their diagnostics with the markup.</summary>
internal static class AnalyzerVerifier
{
    /// <summary>The documented severity of every rule (docs/diagnostics.md), kept here apart from the descriptors.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticSeverity> Severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal)
    {
        ["TK0001"] = DiagnosticSeverity.Error,
        ["TK0002"] = DiagnosticSeverity.Error,
        ["TK0003"] = DiagnosticSeverity.Error,
        ["TK0004"] = DiagnosticSeverity.Error,
        ["TK0005"] = DiagnosticSeverity.Error,
        ["TK0006"] = DiagnosticSeverity.Warning,
        ["TK0007"] = DiagnosticSeverity.Error,
        ["TK0008"] = DiagnosticSeverity.Warning,
        ["TK0009"] = DiagnosticSeverity.Error,
        ["TK0010"] = DiagnosticSeverity.Warning,
        ["TK0011"] = DiagnosticSeverity.Error,
        ["TK0012"] = DiagnosticSeverity.Warning,
        ["TK0013"] = DiagnosticSeverity.Warning,
        ["TK0014"] = DiagnosticSeverity.Warning,
        ["TK0015"] = DiagnosticSeverity.Info,
        ["TK0016"] = DiagnosticSeverity.Info,
        ["TK0017"] = DiagnosticSeverity.Warning,
        ["TK0018"] = DiagnosticSeverity.Error,
        ["TK0019"] = DiagnosticSeverity.Warning,
        ["TK0020"] = DiagnosticSeverity.Error,
        ["TK0021"] = DiagnosticSeverity.Warning,
        ["TK0022"] = DiagnosticSeverity.Warning,
        ["TK0023"] = DiagnosticSeverity.Info,
        ["TK0024"] = DiagnosticSeverity.Info,
        ["TK0025"] = DiagnosticSeverity.Error,
        ["TK0026"] = DiagnosticSeverity.Hidden,
        ["TK0027"] = DiagnosticSeverity.Error,
        ["TK0028"] = DiagnosticSeverity.Error,
    };

    /// <summary>Every ToolKit analyzer, as the package ships them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [new ToolAnalyzer(), new ToolSetCombineAnalyzer()];

    /// <summary>
    /// Asserts that the diagnostics of every id the markup marks are exactly those marked, by id and span, each with
    /// its documented severity, and that every error is marked (an unexpected error always fails). Other rules'
    /// warnings and infos (a missing description in a test about names, say) are not this test's business: the
    /// clean tests, the kitchen-sink test and the real-sources test cover them. Returns the marked diagnostics in
    /// source order so the test can check messages.
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> VerifyAsync(string markup)
    {
        (string source, IReadOnlyList<ExpectedDiagnostic> expected) = Markup.Parse(markup);
        Assert.NotEmpty(expected);
        var markedIds = expected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        IReadOnlyList<Diagnostic> all = await AnalyzeAsync(source);
        var actual = all.Where(d => markedIds.Contains(d.Id) || d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.Equal(
            expected.OrderBy(e => e.Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => $"{e.Id} at {Describe(source, e.Span)}"),
            actual.Select(d => $"{d.Id} at {Describe(source, d.Location.SourceSpan)}"));
        Assert.All(actual, d => Assert.Equal(Severities[d.Id], d.Severity));
        return actual;
    }

    /// <summary>
    /// Asserts that a clean source gets no ToolKit diagnostic a build shows (hidden TK0026, a refactoring hook for
    /// the IDE, is allowed), and that the generated code for it compiles.
    /// </summary>
    public static async Task VerifyCleanAsync(params string[] sources)
    {
        IReadOnlyList<Diagnostic> diagnostics = await AnalyzeAsync(sources);
        Assert.True(diagnostics.All(d => d.Severity == DiagnosticSeverity.Hidden && d.Id == "TK0026"),
            "Unexpected diagnostics:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics.Select(Format)));

        GeneratorOutput output = TestCompilation.Generate(TestCompilation.Create(sources));
        output.AssertCompilesWithoutErrors();
        Assert.NotEmpty(output.Sources);
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>"TK0006 (Warning) at Input0.cs(5,16): message", for failure messages.</summary>
    public static string Format(Diagnostic diagnostic) =>
        $"{diagnostic.Id} ({diagnostic.Severity}) at {diagnostic.Location.GetLineSpan()}: {Message(diagnostic)}";

    /// <summary>The ToolKit diagnostics of the sources, in source order.</summary>
    public static Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(params string[] sources) => AnalyzeAsync(TestCompilation.Create(sources));

    /// <summary>
    /// Runs the generator and then the analyzers over the result, as a build does: analyzers see generated code
    /// (which they must not mistake for user code). The input must compile, apart from what generation changes.
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(CSharpCompilation compilation, AnalyzerOptions? options = null)
    {
        TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation withGenerated, out _);

        // A test source that does not compile would test the compiler's recovery, not the analyzer. Errors that
        // generation removes (a use of MathTools.ToolSet) or adds (a generated partial of a type that is not partial,
        // which is what TK0001 is about) are not the source's fault; errors before and after are.
        var after = withGenerated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).ToHashSet(StringComparer.Ordinal);
        var persistent = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).Where(after.Contains).ToList();
        Assert.True(persistent.Count == 0, "The test source does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, persistent));

        var exceptions = new List<Exception>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            options ?? new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await withGenerated
            .WithAnalyzers(Analyzers, analyzerOptions)
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        return diagnostics
            .Where(d => d.Id.StartsWith("TK", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
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
