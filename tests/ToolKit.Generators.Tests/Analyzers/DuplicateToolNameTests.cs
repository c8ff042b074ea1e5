using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0003: two tools of one type with the same name. The later one is reported.</summary>
public sealed class DuplicateToolNameTests
{
    [Fact]
    public async Task An_explicit_name_that_repeats_a_default_name_is_reported_on_the_later_method()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class MathTools
            {
                [Tool]
                public int Add(int a, int b) => a + b;

                [Tool(Name = "add")]
                public long {|TK0003:Plus|}(long a, long b) => a + b;
            }
            """);

        Assert.Equal(
            "Tool name 'add' is used by more than one tool in 'MathTools'; give one of them another name with [Tool(Name = \"...\")]",
            Message(diagnostics[0]));
    }

    [Fact]
    public async Task Overloads_and_an_Async_suffix_that_map_to_one_name_are_reported()
    {
        await VerifyAsync("""
            using System.Threading.Tasks;
            using ToolKit;

            public partial class MathTools
            {
                [Tool]
                public int Add(int a, int b) => a + b;

                [Tool]
                public long {|TK0003:Add|}(long a, long b, long c) => a + b + c;

                [Tool]
                public Task<int> {|TK0003:AddAsync|}(int a) => Task.FromResult(a);
            }
            """);
    }

    [Fact]
    public async Task Distinct_names_are_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public partial class MathTools
        {
            /// <summary>Adds two integers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool]
            public int Add(int a, int b) => a + b;

            /// <summary>Adds two long integers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool(Name = "add_longs")]
            public long Add(long a, long b) => a + b;
        }
        """);
}
