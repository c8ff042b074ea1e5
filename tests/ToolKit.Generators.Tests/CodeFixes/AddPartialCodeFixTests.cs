using ToolKit.CodeFixes;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0001 fix: 'partial' on every type of the chain that lacks it.</summary>
public sealed class AddPartialCodeFixTests
{
    [Fact]
    public async Task Partial_is_added_after_the_other_modifiers() => await VerifyAsync(new AddPartialCodeFix(), """
        using ToolKit;

        public static class {|TK0001:MathTools|}
        {
            /// <summary>Adds two numbers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool]
            public static int Add(int a, int b) => a + b;
        }
        """, """
        using ToolKit;

        public static partial class MathTools
        {
            /// <summary>Adds two numbers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool]
            public static int Add(int a, int b) => a + b;
        }
        """, "Make 'MathTools' partial");

    [Fact]
    public async Task Fixing_the_container_also_fixes_the_nested_tool_type_but_not_unrelated_types() => await VerifyAsync(new AddPartialCodeFix(), """
        using ToolKit;

        namespace Demo;

        public class {|TK0001:Outer|}
        {
            public sealed record Unrelated(int X);

            public sealed class Inner
            {
                /// <summary>Negates a number.</summary>
                /// <param name="x">The number to negate.</param>
                [Tool]
                public int Negate(int x) => -x;
            }
        }
        """, """
        using ToolKit;

        namespace Demo;

        public partial class Outer
        {
            public sealed record Unrelated(int X);

            public sealed partial class Inner
            {
                /// <summary>Negates a number.</summary>
                /// <param name="x">The number to negate.</param>
                [Tool]
                public int Negate(int x) => -x;
            }
        }
        """, "Make 'Outer' partial");

    [Fact]
    public async Task Fixing_the_tool_type_also_fixes_its_containers() => await VerifyAsync(new AddPartialCodeFix(), """
        using ToolKit;

        public class Outer
        {
            public record struct {|TK0001:Inner|}
            {
                /// <summary>Negates a number.</summary>
                /// <param name="x">The number to negate.</param>
                [Tool]
                public int Negate(int x) => -x;
            }
        }
        """, """
        using ToolKit;

        public partial class Outer
        {
            public partial record struct Inner
            {
                /// <summary>Negates a number.</summary>
                /// <param name="x">The number to negate.</param>
                [Tool]
                public int Negate(int x) => -x;
            }
        }
        """, "Make 'Inner' partial");
}
