using Microsoft.CodeAnalysis;
using ToolKit.Generators.Tests.Infrastructure;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0027 (error): an enum with no members used by a tool; its schema would accept no value.</summary>
public sealed class EmptyEnumTests
{
    private const string Source = """
        using ToolKit;

        public enum Nothing { }

        public sealed record Box(string Label, Nothing Content);

        public partial class Tools
        {
            [Tool]
            public string Pick(Nothing {|TK0027:choice|}) => "";

            [Tool]
            public string Open(Box {|TK0027:box|}) => "";
        }
        """;

    [Fact]
    public async Task Direct_and_nested_uses_are_reported_on_the_parameter()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync(Source);

        Assert.Equal(
            "Enum 'Nothing' (parameter 'choice' of 'pick') has no members, so its schema accepts no value; add members or use another type",
            Message(diagnostics[0]));
        Assert.Contains("(parameter 'box' member 'Box.Content' of 'open')", Message(diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_skips_the_tools()
    {
        GeneratorOutput output = TestCompilation.Generate(TestCompilation.Create(Markup.Parse(Source).Source));

        output.AssertCompilesWithoutErrors();
        Assert.Empty(output.Sources);
    }

    [Fact]
    public async Task An_enum_with_one_member_is_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public enum Single { Only }

        public partial class Tools
        {
            /// <summary>Picks the only choice.</summary>
            /// <param name="choice">The choice.</param>
            [Tool]
            public string Pick(Single choice) => "";
        }
        """);
}
