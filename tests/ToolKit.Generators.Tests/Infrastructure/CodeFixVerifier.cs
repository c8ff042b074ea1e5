using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>
/// Runs a code fix the way the IDE does: analyze, pick the marked diagnostic, ask the provider for its actions,
/// apply the chosen one, and compare the document with the expected text. Then the fixed code must compile with no
/// ToolKit diagnostic a build shows, and its generated code must compile.
/// </summary>
internal static class CodeFixVerifier
{
    /// <param name="fix">The provider under test.</param>
    /// <param name="before">The source, with the one diagnostic to fix marked as <c>{|TKnnnn:...|}</c>.</param>
    /// <param name="after">The expected source after the fix.</param>
    /// <param name="expectedTitle">The title of the action to apply; it must be the only one offered.</param>
    public static async Task VerifyAsync(CodeFixProvider fix, string before, string after, string expectedTitle)
    {
        string fixedSource = await ApplyAsync(fix, before, expectedTitle);
        Assert.Equal(Normalize(after), Normalize(fixedSource));
        await AnalyzerVerifier.VerifyCleanAsync(fixedSource);
    }

    /// <summary>Applies the fix and returns the new source, for tests that check it further.</summary>
    public static async Task<string> ApplyAsync(CodeFixProvider fix, string before, string expectedTitle)
    {
        (string source, IReadOnlyList<ExpectedDiagnostic> expected) = Markup.Parse(before);
        ExpectedDiagnostic marked = Assert.Single(expected);
        Assert.Contains(marked.Id, fix.FixableDiagnosticIds);

        using var workspace = new AdhocWorkspace();
        Document document = TestWorkspace.CreateDocument(workspace, source);
        IReadOnlyList<Diagnostic> diagnostics = await AnalyzerVerifier.AnalyzeAsync(await TestWorkspace.CompilationOf(document));
        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == marked.Id && d.Location.SourceSpan == marked.Span);

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        CodeAction chosen = Assert.Single(actions);
        Assert.Equal(expectedTitle, chosen.Title);

        ApplyChangesOperation apply = Assert.Single((await chosen.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        Document changed = apply.ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    /// <summary>Asserts that the provider offers nothing for the marked diagnostic (another cause of the same id).</summary>
    public static async Task VerifyNoFixAsync(CodeFixProvider fix, string before)
    {
        (string source, IReadOnlyList<ExpectedDiagnostic> expected) = Markup.Parse(before);
        ExpectedDiagnostic marked = Assert.Single(expected);
        using var workspace = new AdhocWorkspace();
        Document document = TestWorkspace.CreateDocument(workspace, source);
        IReadOnlyList<Diagnostic> diagnostics = await AnalyzerVerifier.AnalyzeAsync(await TestWorkspace.CompilationOf(document));
        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == marked.Id && d.Location.SourceSpan == marked.Span);

        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        Assert.Empty(actions);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
