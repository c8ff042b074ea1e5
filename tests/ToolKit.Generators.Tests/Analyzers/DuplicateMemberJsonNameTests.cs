using Microsoft.CodeAnalysis;
using ToolKit.Generators.Tests.Infrastructure;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>
/// TK0011 (error): two members of an object type with one JSON name, reported on the later member. Like TK0009
/// the generator skips tools that reach the type.
/// </summary>
public sealed class DuplicateMemberJsonNameTests
{
    private const string Source = """
        using System.Text.Json.Serialization;
        using ToolKit;

        public sealed class Filter
        {
            public string? UserId { get; set; }

            [JsonPropertyName("user_id")]
            public string? {|TK0011:LegacyUser|} { get; set; }
        }

        public partial class Tools
        {
            [Tool]
            public string Search(Filter filter) => "";

            [Tool]
            public string SearchAgain(Filter filter) => "";
        }
        """;

    [Fact]
    public async Task A_member_whose_JSON_name_repeats_another_is_reported_once_on_the_member()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync(Source);

        Assert.Equal(
            "Type 'Filter': members 'UserId' and 'LegacyUser' both map to the JSON name 'user_id'; rename one or set [JsonPropertyName]",
            Message(diagnostics[0]));
    }

    [Fact]
    public void The_generator_skips_tools_that_reach_the_type()
    {
        GeneratorOutput output = TestCompilation.Generate(TestCompilation.Create(Markup.Parse(Source).Source));

        output.AssertCompilesWithoutErrors();
        Assert.Empty(output.Sources);
    }

    [Fact]
    public async Task Members_with_distinct_JSON_names_are_clean() => await VerifyCleanAsync("""
        using System.Text.Json.Serialization;
        using ToolKit;

        public sealed class Filter
        {
            public string? UserId { get; set; }

            [JsonPropertyName("legacy_user")]
            public string? LegacyUser { get; set; }
        }

        public partial class Tools
        {
            /// <summary>Searches users.</summary>
            /// <param name="filter">Which users to find.</param>
            [Tool]
            public string Search(Filter filter) => "";
        }
        """);
}
