using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0022 (warning): a JSON property name Anthropic rejects (^[a-zA-Z0-9_.-]{1,64}$).</summary>
public sealed class IllegalPropertyNameTests
{
    [Fact]
    public async Task Names_from_JsonPropertyName_are_reported_on_the_argument_and_others_on_the_declaration()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Text.Json.Serialization;
            using ToolKit;

            public sealed record Address([property: JsonPropertyName({|TK0022:"postal code"|})] string PostalCode, string {|TK0022:Straße|});

            public partial class Tools
            {
                [Tool]
                public string Ship(string {|TK0022:größe|}, Address address) => "";
            }
            """);

        Assert.Equal(
            "The JSON name 'größe' of parameter 'größe' is rejected by Anthropic, which requires property names to match ^[a-zA-Z0-9_.-]{1,64}$; rename it, or give a property a [JsonPropertyName] that matches",
            Message(diagnostics[2]));
        Assert.Contains("'postal code' of member 'Address.PostalCode'", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("'straße' of member 'Address.Straße'", Message(diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letters_digits_dots_dashes_and_underscores_are_clean() => await VerifyCleanAsync("""
        using System.Text.Json.Serialization;
        using ToolKit;

        public sealed record Address([property: JsonPropertyName("postal.code-v2")] string PostalCode, string Street);

        public partial class Tools
        {
            /// <summary>Ships a parcel.</summary>
            /// <param name="reference_1">The order reference.</param>
            /// <param name="address">Where to ship.</param>
            [Tool]
            public string Ship(string reference_1, Address address) => "";
        }
        """);
}
