using ToolKit.Docs.Tests.Infrastructure;

namespace ToolKit.Docs.Tests;

/// <summary>The matcher must reject what the docs do not say, or the docs checks prove nothing.</summary>
public sealed class SnippetMatcherTests
{
    private const string File = """
        using ToolKit;
        using ToolKit.Chat;

        namespace Demo;

        public static class Demo
        {
            public static void Run(Func<IChatModel> make)
            {
                IChatModel model = make();          // any IChatModel
                var agent = new Agent(model, options);

                Console.WriteLine(agent);
            }
        }
        """;

    [Fact]
    public void An_indented_block_with_a_placeholder_matches()
    {
        Assert.Null(SnippetMatcher.FindMissing("using ToolKit;\n\nIChatModel model = ...;   // any IChatModel\nvar agent = new Agent(model, options);", File));
    }

    [Fact]
    public void A_changed_line_does_not_match()
    {
        string? missing = SnippetMatcher.FindMissing("IChatModel model = ...; // any IChatModel\nvar agent = new Agent(model, other);", File);

        Assert.Equal("IChatModel model = ...; // any IChatModel\nvar agent = new Agent(model, other);", missing);
    }

    [Fact]
    public void Lines_of_one_paragraph_must_be_consecutive()
    {
        Assert.NotNull(SnippetMatcher.FindMissing("IChatModel model = ...; // any IChatModel\nConsole.WriteLine(agent);", File));
    }

    [Fact]
    public void Paragraphs_separated_by_a_blank_line_may_be_apart()
    {
        Assert.Null(SnippetMatcher.FindMissing("IChatModel model = ...; // any IChatModel\n\nConsole.WriteLine(agent);", File));
    }

    [Fact]
    public void A_using_the_file_lacks_does_not_match()
    {
        Assert.Equal("using ToolKit.OpenRouter;", SnippetMatcher.FindMissing("using ToolKit.OpenRouter;\n\nConsole.WriteLine(agent);", File));
    }

    [Fact]
    public void A_placeholder_stands_for_code_on_its_line_only()
    {
        Assert.NotNull(SnippetMatcher.FindMissing("IChatModel model = ...\nConsole.WriteLine(agent);", File));
    }
}
