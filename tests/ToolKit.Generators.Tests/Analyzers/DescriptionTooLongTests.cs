using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0013 (warning): a tool description over 1024 characters, reported where the description is written.</summary>
public sealed class DescriptionTooLongTests
{
    [Fact]
    public async Task A_description_of_1025_characters_is_reported_on_the_Description_argument()
    {
        string text = new string('x', 1024) + ".";
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync($$"""
            using ToolKit;

            public partial class Tools
            {
                [Tool({|TK0013:Description = "{{text}}"|})]
                public string Ping() => "pong";
            }
            """);

        Assert.StartsWith("The description of tool 'ping' is 1025 characters long", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_xml_summary_is_reported_on_the_method_name()
    {
        string text = string.Concat(Enumerable.Repeat("Pings the server and waits. ", 40));
        await VerifyAsync($$"""
            using ToolKit;

            public partial class Tools
            {
                /// <summary>{{text}}</summary>
                [Tool]
                public string {|TK0013:Ping|}() => "pong";
            }
            """);
    }

    [Fact]
    public async Task A_description_of_exactly_1024_characters_is_clean()
    {
        string text = "Pings. " + new string('x', 1016) + ".";
        Assert.Equal(1024, text.Length);
        await VerifyCleanAsync($$"""
            using ToolKit;

            public partial class Tools
            {
                [Tool(Description = "{{text}}")]
                public string Ping() => "pong";
            }
            """);
    }
}
