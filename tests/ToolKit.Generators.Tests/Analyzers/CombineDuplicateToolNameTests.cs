using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>
/// TK0003 across a ToolSet.Combine call the compiler can see: <c>new X()</c> of tool types and <c>X.ToolSet</c> of
/// static tool types. Reported on the later argument. (C# 12, which the tests compile with, has no params
/// collections, so the sets are passed as a collection expression or an array; the analyzer reads all three forms.)
/// </summary>
public sealed class CombineDuplicateToolNameTests
{
    private const string Tools = """
        using System.Threading;
        using ToolKit;

        public partial class Calculator
        {
            /// <summary>Adds two numbers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool]
            public int Add(int a, int b) => a + b;
        }

        public static partial class MathTools
        {
            /// <summary>Adds two numbers, statically.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool]
            public static int Add(int a, int b) => a + b;
        }

        public partial class Weather
        {
            /// <summary>Gets the forecast.</summary>
            /// <param name="city">The city, such as Paris.</param>
            [Tool]
            public string GetForecast(string city) => city;
        }

        """;

    [Fact]
    public async Task A_name_defined_by_two_combined_types_is_reported_on_the_later_argument()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync(Tools + """
            public static class Setup
            {
                public static IToolSet All() => ToolSet.Combine([new Calculator(), new Weather(), {|TK0003:MathTools.ToolSet|}]);

                public static IToolSet Twice() => ToolSet.Combine(new IToolSet[] { new Weather(), {|TK0003:new Weather()|} });
            }
            """);

        Assert.Equal(
            "Tool name 'add' is used by more than one tool in this ToolSet.Combine call ('Calculator' and 'MathTools'); give one of them another name with [Tool(Name = \"...\")]",
            Message(diagnostics[0]));
        Assert.Contains("which gets 'Weather' twice", Message(diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Distinct_tool_sets_and_sets_the_compiler_cannot_see_are_clean() => await VerifyCleanAsync(Tools + """
        public static class Setup
        {
            public static IToolSet All() => ToolSet.Combine([new Calculator(), new Weather()]);

            // A variable could hold anything: only what the compiler can see is checked.
            public static IToolSet Dynamic(IToolSet other) => ToolSet.Combine([new Calculator(), other, other]);
        }
        """);
}
