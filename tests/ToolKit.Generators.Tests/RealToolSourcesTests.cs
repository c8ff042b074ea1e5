using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ToolKit.Generators.Tests.Infrastructure;

namespace ToolKit.Generators.Tests;

/// <summary>
/// Runs the analyzers over the real tool sources of tests/ToolKit.Tests (Tools/*.cs and Outputs/*.cs, read from
/// disk) the way that project builds them: its implicit usings, NoWarn TK0006 (its fixtures are deliberately
/// undocumented), and its #pragma lines. Nothing may be reported that would fail its build, and the infos are
/// exactly the ones listed, so a rule that starts firing on real code is noticed.
/// </summary>
public sealed class RealToolSourcesTests
{
    // What ToolKit.Tests gets from the SDK (ImplicitUsings) and from xunit.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Xunit;
        """;

    // Infos are not build failures, but each one is a judgement: these are the ones the fixtures earn.
    private static readonly string[] ExpectedInfos =
    [
        "TK0016 NamingTools.cs 'get_http_status'",
        "TK0016 ReturnShapeTools.cs 'return_task'",
        "TK0016 ReturnShapeTools.cs 'return_task_of_t'",
        "TK0016 ReturnShapeTools.cs 'return_value_task'",
        "TK0016 ReturnShapeTools.cs 'return_value_task_of_t'",
        "TK0016 ReturnShapeTools.cs 'return_text_later'",
        "TK0016 ReturnShapeTools.cs 'return_tool_result_later'",
        "TK0016 ReturnShapeTools.cs 'throw_later'",
        "TK0023 StrictTools.cs 'place_order' quantity",
        "TK0023 StrictTools.cs 'place_order' priority",
        "TK0023 StrictTools.cs 'schedule' permissions",
    ];

    [Fact]
    public async Task The_ToolKit_Tests_tools_raise_no_warning_or_error_and_only_the_expected_infos()
    {
        string root = Path.GetFullPath(Path.Combine(ProjectPaths.ProjectDirectory, "..", "ToolKit.Tests"));
        string[] files = Directory.GetFiles(Path.Combine(root, "Tools"), "*.cs")
            .Concat(Directory.GetFiles(Path.Combine(root, "Outputs"), "*.cs"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(files.Length >= 10, $"Expected the tool sources under {root}.");

        CSharpCompilation compilation = CSharpCompilation.Create(
            "ToolKit.Tests.Sources",
            files.Select(f => TestCompilation.Parse(File.ReadAllText(f), Path.GetFileName(f))).Append(TestCompilation.Parse(GlobalUsings, "GlobalUsings.cs")),
            TestReferences.All.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location))
                .Add(MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("TK0006", ReportDiagnostic.Suppress)));

        IReadOnlyList<Diagnostic> diagnostics = await AnalyzerVerifier.AnalyzeAsync(compilation);

        var failing = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(AnalyzerVerifier.Format).ToList();
        Assert.True(failing.Count == 0, "These would fail the ToolKit.Tests build:" + Environment.NewLine + string.Join(Environment.NewLine, failing));
        Assert.Equal(
            ExpectedInfos.Order(StringComparer.Ordinal),
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).Select(Describe).Order(StringComparer.Ordinal));
    }

    // "TK0023 StrictTools.cs 'place_order' quantity": id, file, tool and, for parameter rules, the parameter.
    private static string Describe(Diagnostic diagnostic)
    {
        string message = AnalyzerVerifier.Message(diagnostic);
        string file = Path.GetFileName(diagnostic.Location.SourceTree!.FilePath);
        int start = message.IndexOf("tool '", StringComparison.OrdinalIgnoreCase) + 5;
        string tool = message[start..(message.IndexOf('\'', start + 1) + 1)];
        string parameter = diagnostic.Id == "TK0023" ? " " + diagnostic.Location.SourceTree.GetText().ToString(diagnostic.Location.SourceSpan) : "";
        return $"{diagnostic.Id} {file} {tool}{parameter}";
    }
}
