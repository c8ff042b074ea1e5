using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0024 (info): more than 20 argument parameters; parameters bound by type do not count.</summary>
public sealed class TooManyParametersTests
{
    private static string Parameters(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"int p{i}"));

    private static string ParamTags(int count) =>
        string.Join(Environment.NewLine + "    ", Enumerable.Range(1, count).Select(i => $"/// <param name=\"p{i}\">Value number {i}.</param>"));

    [Fact]
    public async Task Twenty_one_arguments_are_reported_on_the_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync($$"""
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public int {|TK0024:Sum|}({{Parameters(21)}}) => 0;
            }
            """);

        Assert.StartsWith("Tool 'sum' has 21 argument parameters", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_arguments_plus_bound_parameters_are_clean() => await VerifyCleanAsync($$"""
        using System.Threading;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Adds up to twenty numbers.</summary>
            {{ParamTags(20)}}
            [Tool]
            public int Sum({{Parameters(20)}}, ToolContext context, CancellationToken cancellationToken) => 0;
        }
        """);
}
