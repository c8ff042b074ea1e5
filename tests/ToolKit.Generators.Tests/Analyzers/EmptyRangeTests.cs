using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0020 (error): limits no value can satisfy, reported on the attribute.</summary>
public sealed class EmptyRangeTests
{
    [Fact]
    public async Task Minimums_greater_than_maximums_are_reported_on_the_attribute()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using ToolKit;

            public sealed record Filter([property: {|TK0020:Length(5, 2)|}] List<string> Tags);

            public partial class Tools
            {
                [Tool]
                public string Check(
                    [{|TK0020:Range(10, 1)|}] int count,
                    [{|TK0020:StringLength(3, MinimumLength = 5)|}] string code,
                    [{|TK0020:MinLength(4)|}, MaxLength(2)] string name,
                    [{|TK0020:Range(0, 1, MinimumIsExclusive = true, MaximumIsExclusive = true)|}] int between,
                    [{|TK0020:Range(300, 400)|}] byte small,
                    Filter filter) => "";
            }
            """);

        Assert.StartsWith("Member 'Filter.Tags' has a minimum length 5", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Equal("Parameter 'count' has a [Range] minimum 10 greater than its maximum 1, so no value is valid; fix the limits", Message(diagnostics[1]));
        Assert.Contains("a minimum length 5 greater than its maximum length 3", Message(diagnostics[2]), StringComparison.Ordinal);
        Assert.Contains("a minimum length 4 greater than its maximum length 2", Message(diagnostics[3]), StringComparison.Ordinal);
        Assert.Contains("a [Range] that no whole number of type 'int' is in", Message(diagnostics[4]), StringComparison.Ordinal);
        Assert.Contains("a [Range] that no whole number of type 'byte' is in", Message(diagnostics[5]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranges_that_admit_values_are_clean() => await VerifyCleanAsync("""
        using System.ComponentModel.DataAnnotations;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Checks values.</summary>
            /// <param name="count">From 1 to 10.</param>
            /// <param name="code">Three to five characters.</param>
            /// <param name="only">Exactly 5.</param>
            /// <param name="small">From 0 to 50.</param>
            [Tool]
            public string Check([Range(1, 10)] int count, [StringLength(5, MinimumLength = 3)] string code, [Range(5, 5)] int only,
                [Range(-50, 50)] byte small) => "";
        }
        """);
}
