using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0004: tool names must match ^[a-zA-Z0-9_-]{1,64}$. The diagnostic points at the Name argument.</summary>
public sealed class InvalidToolNameTests
{
    [Fact]
    public async Task A_name_with_a_space_and_punctuation_is_reported_on_the_Name_argument()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool(Description = "Pings.", {|TK0004:Name = "bad name!"|})]
                public string Ping() => "pong";
            }
            """);

        Assert.StartsWith("Tool name 'bad name!' is not allowed", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_longer_than_64_characters_is_reported()
    {
        string name = new('a', 65);
        await VerifyAsync($$"""
            using ToolKit;

            public partial class Tools
            {
                [Tool({|TK0004:Name = "{{name}}"|})]
                public string Ping() => "pong";
            }
            """);
    }

    [Fact]
    public async Task An_empty_name_is_reported()
    {
        await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool({|TK0004:Name = ""|})]
                public string Ping() => "pong";
            }
            """);
    }

    [Fact]
    public async Task Letters_digits_underscores_and_dashes_up_to_64_characters_are_clean()
    {
        string longest = new('z', 64);
        await VerifyCleanAsync($$"""
            using ToolKit;

            public partial class Tools
            {
                /// <summary>Answers pong.</summary>
                [Tool(Name = "Ping-2_pong")]
                public string Ping() => "pong";

                /// <summary>Has the longest legal name.</summary>
                [Tool(Name = "{{longest}}")]
                public string Longest() => "";
            }
            """);
    }
}
