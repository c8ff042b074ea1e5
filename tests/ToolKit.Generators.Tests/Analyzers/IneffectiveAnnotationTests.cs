using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0021 (warning): a DataAnnotation with no effect on the member's type, reported on the attribute.</summary>
public sealed class IneffectiveAnnotationTests
{
    [Fact]
    public async Task Annotations_on_types_they_do_not_apply_to_are_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System;
            using System.ComponentModel.DataAnnotations;
            using ToolKit;

            public sealed record Event([property: {|TK0021:Url|}] Uri Link);

            public partial class Tools
            {
                [Tool]
                public string Check(
                    [{|TK0021:Range(1, 5)|}] string stars,
                    [{|TK0021:MaxLength(3)|}] int code,
                    [{|TK0021:RegularExpression("^[0-9]+$")|}] long id,
                    [{|TK0021:EmailAddress|}] Guid owner,
                    Event evt) => "";
            }
            """);

        Assert.Equal(
            "[Range] has no effect on parameter 'stars' of type 'string': [Range] applies to numbers; remove it or change the type",
            Message(diagnostics[1]));
        Assert.Contains("length limits apply to strings and collections", Message(diagnostics[2]), StringComparison.Ordinal);
        Assert.Contains("[RegularExpression] applies to strings", Message(diagnostics[3]), StringComparison.Ordinal);
        Assert.Contains("[EmailAddress] is a format for strings", Message(diagnostics[4]), StringComparison.Ordinal);
        Assert.Contains("member 'Event.Link' of type 'Uri'", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotations_on_matching_types_are_clean() => await VerifyCleanAsync("""
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Checks values.</summary>
            /// <param name="stars">One to five stars.</param>
            /// <param name="tags">Up to three tags.</param>
            /// <param name="email">Who to tell.</param>
            /// <param name="site">A web site.</param>
            /// <param name="price">A price.</param>
            [Tool]
            public string Check([Range(1, 5)] int? stars, [MaxLength(3)] List<string> tags, [EmailAddress] string email, [Url] string? site,
                [Range(typeof(decimal), "0.01", "100")] decimal price) => "";
        }
        """);
}
