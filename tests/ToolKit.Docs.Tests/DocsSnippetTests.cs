using ToolKit.Docs.Tests.Infrastructure;

namespace ToolKit.Docs.Tests;

/// <summary>
/// Every ```csharp block of docs/*.md is code this project compiles: it appears in a file under Snippets/ (see
/// <see cref="SnippetMatcher"/> for what "appears" means), or, for the documents in
/// <see cref="CompiledWithRoslyn"/>, it is compiled as written by <see cref="OpenRouterDocCompilationTests"/>.
/// </summary>
public sealed class DocsSnippetTests
{
    /// <summary>Documents whose blocks are compiled through Roslyn instead of mirrored in snippet files.</summary>
    internal static readonly string[] CompiledWithRoslyn = ["openrouter.md"];

    public static TheoryData<string> MirroredBlocks()
    {
        var data = new TheoryData<string>();
        foreach (CodeBlock block in AllBlocks().Where(b => !CompiledWithRoslyn.Contains(b.Document)))
        {
            data.Add(block.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MirroredBlocks))]
    public void The_block_appears_in_a_compiled_snippet_file(string id)
    {
        CodeBlock block = AllBlocks().Single(b => b.ToString() == id);
        var misses = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Repository.Snippets, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Roslyn{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string? missing = SnippetMatcher.FindMissing(block.Code, File.ReadAllText(file));
            if (missing is null)
            {
                return;
            }

            misses.Add($"{Path.GetFileName(file)} lacks:\n{missing}");
        }

        Assert.Fail($"docs/{id}: no file under tests/ToolKit.Docs.Tests/Snippets holds this block. Closest misses:\n{string.Join("\n\n", misses.Take(3))}");
    }

    [Fact]
    public void Every_document_with_csharp_blocks_is_checked_and_the_known_ones_are_found()
    {
        string[] documents = AllBlocks().Select(b => b.Document).Distinct().ToArray();

        // A parser that found nothing would make the theory above vacuous.
        Assert.Contains("agent.md", documents);
        Assert.Contains("tools.md", documents);
        Assert.Contains("emulator.md", documents);
        Assert.Contains("getting-started.md", documents);
        Assert.Contains("openrouter.md", documents);
        Assert.True(AllBlocks().Count(b => b.Document == "agent.md") >= 9);
    }

    private static IReadOnlyList<CodeBlock> AllBlocks() =>
        Directory.EnumerateFiles(Repository.Docs, "*.md").Order(StringComparer.Ordinal).SelectMany(CodeBlock.Read).ToList();
}
