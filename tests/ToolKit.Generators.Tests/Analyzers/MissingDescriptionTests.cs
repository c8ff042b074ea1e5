using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0006 (warning): a tool or an argument parameter without a description, reported on its name.</summary>
public sealed class MissingDescriptionTests
{
    [Fact]
    public async Task An_undocumented_tool_and_its_arguments_are_each_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Threading;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public int {|TK0006:Add|}(int {|TK0006:a|}, int {|TK0006:b|}, ToolContext context, CancellationToken cancellationToken) => a + b;
            }
            """);

        Assert.Equal(
            "Tool 'add' has no description; add an XML doc comment or [Description] so that the model knows when and how to use it",
            Message(diagnostics[0]));
        Assert.StartsWith("Parameter 'a' of tool 'add' has no description", Message(diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_parameter_without_a_param_tag_is_reported()
    {
        await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                /// <summary>Adds two numbers.</summary>
                /// <param name="a">The first addend.</param>
                [Tool]
                public int Add(int a, int {|TK0006:b|}) => a + b;
            }
            """);
    }

    [Fact]
    public async Task Xml_docs_description_attributes_and_the_tool_attribute_all_count() => await VerifyCleanAsync("""
        using System.ComponentModel;
        using System.Threading;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Adds two numbers.</summary>
            /// <param name="a">The first addend.</param>
            [Tool]
            public int Add(int a, [Description("The second addend.")] int b, ToolContext context, CancellationToken cancellationToken) => a + b;

            [Tool(Description = "Negates a number.")]
            public int Negate([Description("The number to negate.")] int value) => -value;

            [Tool, Description("Doubles a number.")]
            public int Double([Description("The number to double.")] int value) => value * 2;
        }
        """);
}
