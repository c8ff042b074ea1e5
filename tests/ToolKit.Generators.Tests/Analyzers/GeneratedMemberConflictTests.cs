using Microsoft.CodeAnalysis;
using ToolKit.Generators.Tests.Infrastructure;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>
/// TK0025 (error): the type declares a member the generator also declares, reported on that member. The generated
/// partial would not compile, so the generator skips the type.
/// </summary>
public sealed class GeneratedMemberConflictTests
{
    [Fact]
    public async Task ToolDefinitions_and_a_static_ToolSet_are_reported_on_the_members()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using ToolKit;

            public partial class Tools
            {
                public static IReadOnlyList<ToolDefinition> {|TK0025:ToolDefinitions|} => [];

                [Tool]
                public int Add(int a, int b) => a + b;
            }

            public static partial class MathTools
            {
                public static IToolSet? {|TK0025:ToolSet|} { get; }

                [Tool]
                public static int Negate(int a) => -a;
            }
            """);

        Assert.Equal("'Tools' declares 'ToolDefinitions', which ToolKit generates for types with tools; rename or remove the member", Message(diagnostics[0]));
        Assert.Contains("which ToolKit generates for static types with tools", Message(diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_of_a_structured_output_type_are_reported()
    {
        await VerifyAsync("""
            using ToolKit;

            /// <summary>A plan.</summary>
            /// <param name="City">Where to go.</param>
            [StructuredOutput]
            public sealed partial record Plan(string City)
            {
                public static string {|TK0025:OutputName|} => "plan";

                public static string {|TK0025:ToOutputJson|}(Plan plan) => plan.City;
            }
            """);
    }

    [Fact]
    public void The_generator_skips_a_type_with_a_conflicting_member()
    {
        GeneratorOutput output = TestCompilation.Generate(TestCompilation.Create("""
            using ToolKit;

            public partial class Tools
            {
                public static int ToolDefinitions => 0;

                [Tool]
                public int Add(int a, int b) => a + b;
            }
            """));

        Assert.Empty(output.Sources);
    }

    [Fact]
    public async Task A_ToolSet_member_of_an_instance_type_overloads_and_other_names_are_clean() => await VerifyCleanAsync("""
        using ToolKit;

        /// <summary>A plan.</summary>
        /// <param name="City">Where to go.</param>
        [StructuredOutput]
        public sealed partial record Plan(string City)
        {
            public string ToOutputJson(bool indented) => City;
        }

        public partial class Tools
        {
            public IToolSet ToolSet => this;

            public static string Definitions => "mine";

            /// <summary>Adds two numbers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool]
            public int Add(int a, int b) => a + b;
        }
        """);
}
