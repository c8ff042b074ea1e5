using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>
/// A one-project <see cref="AdhocWorkspace"/> with the same language version, nullable context and references as
/// <see cref="TestCompilation"/>, for code fixes and for .editorconfig handling, which need a workspace.
/// </summary>
internal static class TestWorkspace
{
    public const string Directory = "/src/";

    /// <summary>A document named Input0.cs holding <paramref name="source"/>, with an optional .editorconfig beside it.</summary>
    public static Document CreateDocument(AdhocWorkspace workspace, string source, string? editorConfig = null)
    {
        var projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "ToolKit.Generators.TestInput", "ToolKit.Generators.TestInput", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: TestCompilation.ParseOptions,
            metadataReferences: TestReferences.All));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Input0.cs", SourceText.From(source), filePath: Directory + "Input0.cs");
        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig),
                filePath: Directory + ".editorconfig");
        }

        Assert.True(workspace.TryApplyChanges(solution));
        return workspace.CurrentSolution.GetDocument(documentId)!;
    }

    public static async Task<CSharpCompilation> CompilationOf(Document document) =>
        (CSharpCompilation)(await document.Project.GetCompilationAsync())!;
}
