using ToolKit.CodeFixes;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0005 fix for parameters: ref, out, in and params are removed.</summary>
public sealed class RemoveParameterModifierCodeFixTests
{
    [Theory]
    [InlineData("ref", "ref int counter", "int counter")]
    [InlineData("in", "in int counter", "int counter")]
    [InlineData("ref readonly", "ref readonly int counter", "int counter")]
    public async Task The_modifier_and_its_space_are_removed(string modifier, string before, string after) => await VerifyAsync(
        new RemoveParameterModifierCodeFix(),
        Tool(before.Replace("counter", "{|TK0005:counter|}", StringComparison.Ordinal)), Tool(after), $"Remove '{modifier}' from 'counter'");

    [Fact]
    public async Task An_out_parameter_becomes_a_plain_parameter_that_the_body_may_still_assign() => await VerifyAsync(new RemoveParameterModifierCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Makes a label.</summary>
            /// <param name="label">The label to fill.</param>
            [Tool]
            public string Label(out string {|TK0005:label|})
            {
                label = "x";
                return label;
            }
        }
        """, """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Makes a label.</summary>
            /// <param name="label">The label to fill.</param>
            [Tool]
            public string Label(string label)
            {
                label = "x";
                return label;
            }
        }
        """, "Remove 'out' from 'label'");

    [Fact]
    public async Task Params_is_removed() => await VerifyAsync(new RemoveParameterModifierCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Counts values.</summary>
            /// <param name="values">The values to count.</param>
            [Tool]
            public int Sum(params int[] {|TK0005:values|}) => values.Length;
        }
        """, """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Counts values.</summary>
            /// <param name="values">The values to count.</param>
            [Tool]
            public int Sum(int[] values) => values.Length;
        }
        """, "Remove 'params' from 'values'");

    private static string Tool(string parameter) => $$"""
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Returns the counter plus one.</summary>
            /// <param name="counter">The current value.</param>
            [Tool]
            public int Next({{parameter}}) => counter + 1;
        }
        """;
}
