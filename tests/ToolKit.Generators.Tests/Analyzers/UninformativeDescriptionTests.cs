using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>
/// TK0012 (warning): a description that is empty or only repeats the name, reported on the description argument
/// when it comes from an attribute, else on the name.
/// </summary>
public sealed class UninformativeDescriptionTests
{
    [Fact]
    public async Task A_summary_that_repeats_the_tool_name_is_reported_on_the_method_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                /// <summary>Get forecast.</summary>
                /// <param name="city">The city to forecast, such as "Paris".</param>
                [Tool]
                public string {|TK0012:GetForecastAsync|}(string city) => city;
            }
            """);

        Assert.Equal(
            "The description of tool 'get_forecast' only repeats the tool name ('Get forecast.'); say what it does and when to use it, not just its name",
            Message(diagnostics[0]));
    }

    [Fact]
    public async Task Empty_and_name_only_attribute_descriptions_are_reported_on_the_argument()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.ComponentModel;
            using ToolKit;

            public partial class Tools
            {
                [Tool({|TK0012:Description = " "|})]
                public string Echo([Description({|TK0012:"user_id"|})] string userId) => userId;
            }
            """);

        Assert.Contains("tool 'echo' is empty", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("parameter 'userId' of tool 'echo' only repeats the parameter name ('user_id')", Message(diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_param_tag_that_repeats_the_parameter_name_is_reported_on_the_parameter()
    {
        await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                /// <summary>Converts a temperature.</summary>
                /// <param name="unit">Unit.</param>
                [Tool]
                public string Convert(string {|TK0012:unit|}) => unit;
            }
            """);
    }

    [Fact]
    public async Task Descriptions_that_say_more_than_the_name_are_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Gets the weather forecast for a city.</summary>
            /// <param name="unit">The temperature unit: celsius or fahrenheit.</param>
            [Tool]
            public string GetForecast(string unit) => unit;
        }
        """);
}
