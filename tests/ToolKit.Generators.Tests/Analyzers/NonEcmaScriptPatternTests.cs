using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0019 (warning): a [RegularExpression] pattern that is not portable ECMAScript, reported on the pattern.</summary>
public sealed class NonEcmaScriptPatternTests
{
    [Fact]
    public async Task Net_only_constructs_are_reported_on_the_pattern_argument()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.ComponentModel.DataAnnotations;
            using ToolKit;

            public sealed record Filter([property: RegularExpression({|TK0019:@"^\p{Lu}+$"|})] string Upper);

            public partial class Tools
            {
                [Tool]
                public string Check(
                    [RegularExpression({|TK0019:"(?<=x)y"|})] string after,
                    [RegularExpression({|TK0019:"(?<year>[0-9]{4})"|})] string year,
                    [RegularExpression({|TK0019:"(?>a|ab)c"|})] string atomic,
                    Filter filter) => "";
            }
            """);

        Assert.StartsWith("The [RegularExpression] pattern \"^\\\\p{Lu}+$\" is not portable: '\\p{...}' Unicode categories are .NET-only", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("lookbehind", Message(diagnostics[1]), StringComparison.Ordinal);
        Assert.Contains("named groups", Message(diagnostics[2]), StringComparison.Ordinal);
        Assert.Contains("atomic groups", Message(diagnostics[3]), StringComparison.Ordinal);
        Assert.EndsWith("JSON Schema patterns are ECMA-262 regular expressions, so use only constructs JavaScript supports", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pattern_that_does_not_parse_is_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.ComponentModel.DataAnnotations;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public string Check([RegularExpression({|TK0019:"[a-z"|})] string value) => "";
            }
            """);

        Assert.Contains("it is not a valid regular expression", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portable_patterns_are_clean() => await VerifyCleanAsync("""
        using System.ComponentModel.DataAnnotations;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Checks codes.</summary>
            /// <param name="sku">A stock keeping unit such as ABC-1234.</param>
            /// <param name="word">A word that is not "no".</param>
            [Tool]
            public string Check([RegularExpression("^[A-Z]{3}-[0-9]{4}$")] string sku, [RegularExpression(@"^(?!no$)(?:\w+)\s*$")] string word) => "";
        }
        """);
}
