using ToolKit.Docs.Tests.Infrastructure;

namespace ToolKit.Docs.Tests;

/// <summary>
/// docs/openrouter.md's blocks, compiled as written. tests/ToolKit.OpenRouter.Tests/DocsExamplesTests runs them against
/// a stub (with output redirected for asserting); this checks the text readers copy, including the dependency-injection
/// block that test leaves out.
/// </summary>
public sealed class OpenRouterDocCompilationTests
{
    private static readonly string Prelude = File.ReadAllText(Path.Combine(Repository.Snippets, "Roslyn", "openrouter.prelude.cs"));
    private static readonly string Types = File.ReadAllText(Path.Combine(Repository.Snippets, "Roslyn", "openrouter.types.cs"));

    [Fact]
    public void Every_block_of_openrouter_md_compiles_against_the_repository_assemblies()
    {
        IReadOnlyList<CodeBlock> blocks = CodeBlock.Read(Path.Combine(Repository.Docs, "openrouter.md"));

        IReadOnlyList<string> errors = DocCompiler.Errors(blocks, Prelude, Types);

        Assert.True(blocks.Count >= 10, $"only {blocks.Count} blocks found");
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void A_block_that_calls_a_missing_member_is_reported()
    {
        CodeBlock broken = new("openrouter.md", 1, "using ToolKit.OpenRouter;\nusing var client = new OpenRouterClient(new OpenRouterOptions());\nawait client.NoSuchCallAsync(cancellationToken);");

        IReadOnlyList<string> errors = DocCompiler.Errors([broken], Prelude, Types);

        Assert.Contains(errors, e => e.Contains("CS1061", StringComparison.Ordinal) && e.Contains("NoSuchCallAsync", StringComparison.Ordinal));
    }
}
