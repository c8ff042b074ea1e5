using Microsoft.CodeAnalysis;
using ToolKit.CodeFixes;
using ToolKit.Generators.Tests.Infrastructure;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0026 fix: [Description] with the text read from the XML docs; the docs stay.</summary>
public sealed class AddDescriptionAttributeCodeFixTests
{
    [Fact]
    public async Task The_tool_gets_the_rendered_summary_and_remarks_and_the_using() => await VerifyAsync(new AddDescriptionAttributeCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Gets the "forecast".</summary>
            /// <remarks>Uses <c>metric</c> units.</remarks>
            [Tool]
            public string {|TK0026:GetForecast|}() => "sunny";
        }
        """, """
        using System.ComponentModel;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Gets the "forecast".</summary>
            /// <remarks>Uses <c>metric</c> units.</remarks>
            [Description("Gets the \"forecast\". Uses metric units.")]
            [Tool]
            public string GetForecast() => "sunny";
        }
        """, "Add [Description] from the XML docs");

    [Fact]
    public async Task A_parameter_gets_its_param_text_and_no_TK0026_is_left_for_it()
    {
        string fixedSource = await ApplyAsync(new AddDescriptionAttributeCodeFix(), """
            using System.ComponentModel;
            using ToolKit;

            public partial class Tools
            {
                /// <summary>Gets the forecast.</summary>
                /// <param name="city">The city, such as Paris.</param>
                [Tool, Description("Gets the weather forecast.")]
                public string GetForecast(string {|TK0026:city|}) => city;
            }
            """, "Add [Description] from the XML docs");

        Assert.Contains("""public string GetForecast([Description("The city, such as Paris.")] string city) => city;""", fixedSource, StringComparison.Ordinal);
        IReadOnlyList<Diagnostic> after = await AnalyzerVerifier.AnalyzeAsync(fixedSource);
        Assert.Empty(after);
        await AnalyzerVerifier.VerifyCleanAsync(fixedSource);
    }
}
