using Microsoft.CodeAnalysis;
using ToolKit.Generators.Rules;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>
/// TK0026 (hidden): a tool or parameter described only by XML docs. Hidden, so builds never show it; it carries
/// the rendered description to the code fix that adds [Description].
/// </summary>
public sealed class DescriptionOnlyInXmlDocsTests
{
    [Fact]
    public async Task Xml_only_descriptions_are_reported_with_the_rendered_text()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.ComponentModel;
            using ToolKit;

            public partial class Tools
            {
                /// <summary>Gets the   forecast.</summary>
                /// <remarks>Uses <c>metric</c> units.</remarks>
                /// <param name="city">The city, such as "Paris".</param>
                /// <param name="days">Ignored: the attribute wins.</param>
                [Tool]
                public string {|TK0026:GetForecast|}(string {|TK0026:city|}, [Description("How many days ahead, 1 to 7.")] int days) => city;
            }
            """);

        Assert.Equal("Tool 'get_forecast' is described only by XML documentation; a [Description] attribute can be added from it", Message(diagnostics[0]));
        Assert.Equal("Gets the forecast. Uses metric units.", diagnostics[0].Properties[DescriptionRules.DescriptionProperty]);
        Assert.Equal("The city, such as \"Paris\".", diagnostics[1].Properties[DescriptionRules.DescriptionProperty]);
    }

    [Fact]
    public async Task Attribute_descriptions_are_not_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await AnalyzeAsync("""
            using System.ComponentModel;
            using ToolKit;

            public partial class Tools
            {
                /// <summary>Gets the forecast.</summary>
                /// <param name="city">The city.</param>
                [Tool, Description("Gets the weather forecast for a city.")]
                public string GetForecast([Description("The city, such as Paris.")] string city) => city;
            }
            """);

        Assert.DoesNotContain(diagnostics, d => d.Id == "TK0026");
    }
}
