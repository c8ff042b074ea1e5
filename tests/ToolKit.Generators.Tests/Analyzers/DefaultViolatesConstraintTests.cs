using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0018 (error): a default value its own DataAnnotations reject, reported on the default value.</summary>
public sealed class DefaultViolatesConstraintTests
{
    [Fact]
    public async Task Parameter_defaults_outside_a_range_a_length_or_a_pattern_are_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.ComponentModel.DataAnnotations;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public string Plan(
                    [Range(1, 7)] int days = {|TK0018:10|},
                    [Range(0.0, 1.0, MaximumIsExclusive = true)] double ratio = {|TK0018:1.0|},
                    [StringLength(8, MinimumLength = 3)] string code = {|TK0018:"ab"|},
                    [RegularExpression("^[a-z]+$")] string slug = {|TK0018:"Not A Slug"|}) => "";
            }
            """);

        Assert.Equal(
            "The default value of parameter 'days' is 10, which is outside [Range(1, 7)]; change the default or the constraint",
            Message(diagnostics[0]));
        Assert.Contains("is 1, which is outside [Range(0.0, 1.0, MaximumIsExclusive = true)]", Message(diagnostics[1]), StringComparison.Ordinal);
        Assert.Contains("is \"ab\", which is 2 characters long, which [StringLength(8, MinimumLength = 3)] does not allow", Message(diagnostics[2]), StringComparison.Ordinal);
        Assert.Contains("does not match [RegularExpression(\"^[a-z]+$\")]", Message(diagnostics[3]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_defaults_of_a_record_and_a_property_initializer_are_reported()
    {
        await VerifyAsync("""
            using System.ComponentModel.DataAnnotations;
            using ToolKit;

            public sealed record Booking(string Hotel, [Range(1, 30)] int Nights = {|TK0018:0|});

            public sealed class Filter
            {
                [MaxLength(2)]
                public string Country { get; set; } = {|TK0018:"DEU"|};
            }

            public partial class Tools
            {
                [Tool]
                public string Book(Booking booking, Filter filter) => "";
            }
            """);
    }

    [Fact]
    public async Task Defaults_inside_their_constraints_are_clean() => await VerifyCleanAsync("""
        using System.ComponentModel.DataAnnotations;
        using ToolKit;

        public sealed record Booking(string Hotel, [Range(1, 30)] int Nights = 1);

        public partial class Tools
        {
            /// <summary>Plans a trip.</summary>
            /// <param name="days">How many days, 1 to 7.</param>
            /// <param name="code">A code of 3 to 8 characters.</param>
            /// <param name="slug">Lowercase letters only.</param>
            /// <param name="note">An optional note.</param>
            /// <param name="booking">The hotel booking.</param>
            [Tool]
            public string Plan([Range(1, 7)] int days = 7, [StringLength(8, MinimumLength = 3)] string code = "abc",
                [RegularExpression("^[a-z]+$")] string slug = "trip", [MaxLength(10)] string? note = null, Booking? booking = null) => "";
        }
        """);
}
