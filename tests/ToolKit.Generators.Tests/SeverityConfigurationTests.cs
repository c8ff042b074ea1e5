using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ToolKit.Generators.Tests.Infrastructure;

namespace ToolKit.Generators.Tests;

/// <summary>
/// The rules obey the usual controls: #pragma warning disable, .editorconfig severities (through a workspace's
/// analyzer config documents, as the IDE and the build read them) and NoWarn.
/// </summary>
public sealed class SeverityConfigurationTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            [Tool]
            public Task<int> CountAsync(int limit) => Task.FromResult(limit);
        }
        """;

    [Fact]
    public async Task Without_configuration_the_default_severities_apply()
    {
        IReadOnlyList<Diagnostic> diagnostics = await AnalyzerVerifier.AnalyzeAsync(Source);

        Assert.Equal(
            ["TK0006 Warning", "TK0016 Info", "TK0006 Warning"],
            diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden).Select(d => $"{d.Id} {d.Severity}"));
    }

    [Fact]
    public async Task Pragma_warning_disable_silences_a_rule_around_the_code()
    {
        IReadOnlyList<Diagnostic> diagnostics = await AnalyzerVerifier.AnalyzeAsync(Source
            .Replace("    [Tool]", "#pragma warning disable TK0006, TK0016\n    [Tool]", StringComparison.Ordinal));

        Assert.DoesNotContain(diagnostics, d => d.Severity > DiagnosticSeverity.Hidden);
    }

    [Fact]
    public async Task Editorconfig_turns_a_rule_off_and_another_into_an_error()
    {
        using var workspace = new AdhocWorkspace();
        Document document = TestWorkspace.CreateDocument(workspace, Source, """
            root = true

            [*.cs]
            dotnet_diagnostic.TK0006.severity = none
            dotnet_diagnostic.TK0016.severity = error
            """);
        CSharpCompilation compilation = await TestWorkspace.CompilationOf(document);

        IReadOnlyList<Diagnostic> diagnostics = await AnalyzerVerifier.AnalyzeAsync(compilation, document.Project.AnalyzerOptions);

        Assert.Equal(["TK0016 Error"], diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden).Select(d => $"{d.Id} {d.Severity}"));
    }

    [Fact]
    public async Task NoWarn_suppresses_a_rule_for_the_whole_compilation()
    {
        CSharpCompilation compilation = TestCompilation.Create(Source);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("TK0006", ReportDiagnostic.Suppress)));

        IReadOnlyList<Diagnostic> diagnostics = await AnalyzerVerifier.AnalyzeAsync(compilation);

        Assert.Equal(["TK0016"], diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden).Select(d => d.Id));
    }
}
