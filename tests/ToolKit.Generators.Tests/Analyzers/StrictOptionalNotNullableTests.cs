using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0023 (info): an optional parameter of a strict tool that is not declared nullable.</summary>
public sealed class StrictOptionalNotNullableTests
{
    [Fact]
    public async Task Optional_value_and_reference_parameters_are_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool(Strict = true)]
                public string Search(string query, int {|TK0023:limit|} = 10, string {|TK0023:language|} = "en") => query;
            }
            """);

        Assert.Equal(
            "Parameter 'limit' of strict tool 'search' is optional, so strict mode sends it as required and nullable, with null meaning the default; declare it 'int?' so the code shows that",
            Message(diagnostics[0]));
    }

    [Fact]
    public async Task Nullable_optional_parameters_and_non_strict_tools_are_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Searches the index.</summary>
            /// <param name="query">What to look for.</param>
            /// <param name="limit">How many results, 10 by default.</param>
            [Tool(Strict = true)]
            public string Search(string query, int? limit = 10) => query;

            /// <summary>Searches the index loosely.</summary>
            /// <param name="query">What to look for.</param>
            /// <param name="limit">How many results.</param>
            [Tool]
            public string SearchLoose(string query, int limit = 10) => query;
        }
        """);
}
