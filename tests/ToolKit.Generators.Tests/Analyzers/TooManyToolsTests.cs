using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0014 (warning): more than 128 tools in one type, reported once, on the 129th tool.</summary>
public sealed class TooManyToolsTests
{
    private static string Tools(int count, Func<int, string> name) => string.Join(Environment.NewLine, Enumerable.Range(1, count).Select(i => $$"""
            /// <summary>Returns the number {{i}}.</summary>
            [Tool]
            public int {{name(i)}}() => {{i}};
        """));

    [Fact]
    public async Task The_129th_tool_is_reported_with_the_total()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync($$"""
            using ToolKit;

            public partial class Numbers
            {
            {{Tools(130, i => i == 129 ? "{|TK0014:N129|}" : "N" + i)}}
            }
            """);

        Assert.Equal(
            "'Numbers' declares 130 tools; providers accept at most 128 tools in one request (OpenAI), so split them into several types and combine the ones a run needs",
            Message(diagnostics[0]));
    }

    [Fact]
    public async Task Exactly_128_tools_are_clean() => await VerifyCleanAsync($$"""
        using ToolKit;

        public partial class Numbers
        {
        {{Tools(128, i => "N" + i)}}
        }
        """);
}
