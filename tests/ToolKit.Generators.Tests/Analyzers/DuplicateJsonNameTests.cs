using Microsoft.CodeAnalysis;
using ToolKit.Generators.Tests.Infrastructure;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>
/// TK0009 (error): two parameters with one JSON name (parameter names are snake_cased, and [JsonPropertyName] is not
/// allowed on parameters), reported on the later one. The binder could not tell them apart, so the parser treats it
/// as an error and the generator skips the tool.
/// </summary>
public sealed class DuplicateJsonNameTests
{
    private const string Source = """
        using ToolKit;

        public partial class Tools
        {
            [Tool]
            public string Find(string userId, string {|TK0009:user_id|}) => userId;

            [Tool]
            public string Rename(string newName, string {|TK0009:NewName|}, string {|TK0009:@new_name|}) => newName;

            /// <summary>Pings.</summary>
            [Tool]
            public string Ping() => "pong";
        }
        """;

    [Fact]
    public async Task Snake_case_collisions_are_reported_on_each_later_parameter()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync(Source);

        Assert.Equal(
            "Tool 'find': parameter 'userId' and parameter 'user_id' both map to the JSON name 'user_id'; rename one of them",
            Message(diagnostics[0]));
        Assert.Contains("parameter 'newName' and parameter 'NewName' both map to the JSON name 'new_name'", Message(diagnostics[1]), StringComparison.Ordinal);
        Assert.Contains("parameter 'newName' and parameter 'new_name' both map", Message(diagnostics[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_skips_the_tools_and_still_emits_compiling_code_for_the_rest()
    {
        GeneratorOutput output = TestCompilation.Generate(TestCompilation.Create(Markup.Parse(Source).Source));

        output.AssertCompilesWithoutErrors();
        string generated = Assert.Single(output.Sources).Text;
        Assert.Contains("\"ping\"", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\"find\"", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\"rename\"", generated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_that_differ_after_snake_casing_are_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Finds a user by either id.</summary>
            /// <param name="userId">The internal id.</param>
            /// <param name="legacyUserId">The id from the old system.</param>
            [Tool]
            public string Find(string userId, string legacyUserId) => userId;
        }
        """);
}
