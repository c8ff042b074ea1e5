using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0001: the generator adds a partial declaration, so every type around the tools must be partial.</summary>
public sealed class TypeNotPartialTests
{
    [Fact]
    public async Task A_tool_type_that_is_not_partial_is_reported_once_on_its_name()
    {
        // Two tools, one diagnostic: it is about the type, not each method.
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            namespace Demo;

            public class {|TK0001:MathTools|}
            {
                [Tool]
                public int Add(int a, int b) => a + b;

                [Tool]
                public int Negate(int a) => -a;
            }
            """);

        Assert.Contains("Type 'MathTools' has [Tool] methods but is not partial", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_containing_type_that_is_not_partial_is_reported_on_its_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            namespace Demo;

            public class {|TK0001:Outer|}
            {
                public partial class Inner
                {
                    [Tool]
                    public int Add(int a, int b) => a + b;
                }
            }
            """);

        Assert.Contains("Type 'Outer'", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("it contains 'Inner', which has the tools", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_types_all_the_way_out_are_clean() => await VerifyCleanAsync("""
        using ToolKit;

        namespace Demo;

        public partial class Outer
        {
            public partial class Inner
            {
                /// <summary>Adds two numbers.</summary>
                /// <param name="a">The first addend.</param>
                /// <param name="b">The second addend.</param>
                [Tool]
                public int Add(int a, int b) => a + b;
            }
        }
        """);
}
