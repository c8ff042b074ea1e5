using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ToolKit.Docs.Tests.Infrastructure;

/// <summary>
/// Compiles a document's blocks as one program with Roslyn: the prelude's statements, then every block in order (their
/// <c>using</c> lines moved to the top), plus the prelude's types, against the assemblies this test runs with (the
/// repository's and the framework's).
/// </summary>
internal static class DocCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>The errors, each as <c>line: message</c> on the generated program, with that line's text.</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<CodeBlock> blocks, string prelude, string types)
    {
        var usings = new List<string>();
        var body = new List<string>();
        foreach (CodeBlock block in blocks)
        {
            foreach (string line in block.Code.Split('\n'))
            {
                (line.TrimStart().StartsWith("using ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(';') && !line.Contains('(')
                    ? usings
                    : body).Add(line);
            }

            body.Add("");
        }

        string program = string.Join('\n', usings.Concat(prelude.Split('\n')).Concat(body));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(program, options, "program.cs"),
            CSharpSyntaxTree.ParseText(types, options, "types.cs"),
        ];
        CSharpCompilation compilation = CSharpCompilation.Create(
            "DocProgram",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        string[] programLines = program.Split('\n');
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                string text = span.Path == "program.cs" ? programLines[span.StartLinePosition.Line].Trim() : "";
                return $"{span.Path}:{span.StartLinePosition.Line + 1}: {d.Id} {d.GetMessage()} | {text}";
            })
            .ToList();
    }
}
