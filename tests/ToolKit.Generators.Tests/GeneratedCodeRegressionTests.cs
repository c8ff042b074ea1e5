using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests;

/// <summary>Inputs that once produced generated code that did not compile, or duplicate diagnostics.</summary>
public sealed class GeneratedCodeRegressionTests
{
    [Fact]
    public async Task Tool_names_that_differ_only_by_dash_and_underscore_get_distinct_generated_members() => await VerifyCleanAsync("""
        using ToolKit;

        namespace Demo;

        public partial class Items
        {
            /// <summary>Gets an item.</summary>
            /// <param name="x">The id.</param>
            [Tool(Name = "get-item")]
            public int A(int x) => x;

            /// <summary>Gets another item.</summary>
            /// <param name="x">The id.</param>
            [Tool(Name = "get_item")]
            public int B(int x) => x;
        }
        """);

    [Fact]
    public async Task Members_named_after_keywords_are_escaped_in_generated_code() => await VerifyCleanAsync("""
        using ToolKit;

        namespace Demo;

        public enum Kind { @class, @event }

        public sealed record Item(string @event, Kind kind);

        public partial class Keywords
        {
            /// <summary>Echoes an item.</summary>
            /// <param name="item">The item.</param>
            /// <param name="default">A kind.</param>
            [Tool]
            public Item Echo(Item item, Kind @default = Kind.@class) => item;
        }
        """);

    [Fact]
    public async Task A_container_of_two_tool_types_that_is_not_partial_is_reported_once()
    {
        var diagnostics = await VerifyAsync("""
            using ToolKit;

            namespace Demo;

            public class {|TK0001:Outer|}
            {
                public partial class A { [Tool] public int X(int x) => x; }
                public partial class B { [Tool] public int Y(int x) => x; }
            }
            """);

        Assert.Single(diagnostics);
    }
}
