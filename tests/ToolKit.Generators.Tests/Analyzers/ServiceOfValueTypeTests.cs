using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0017 (warning): [FromServices] on a string, primitive, enum or array, reported on the parameter.</summary>
public sealed class ServiceOfValueTypeTests
{
    [Fact]
    public async Task Strings_primitives_enums_and_arrays_are_reported()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public string Greet(string name,
                    [FromServices] string {|TK0017:greeting|},
                    [FromServices] int? {|TK0017:times|},
                    [FromServices] DayOfWeek {|TK0017:day|},
                    [FromServices] string[] {|TK0017:names|}) => name;
            }
            """);

        Assert.Equal(
            "Parameter 'greeting' of tool 'greet' is [FromServices], but 'string' is a string, which no service container provides; remove [FromServices] to make it a tool argument, or inject a service type",
            Message(diagnostics[0]));
        Assert.Contains("'int?' is a primitive type", Message(diagnostics[1]), StringComparison.Ordinal);
        Assert.Contains("'DayOfWeek' is an enum", Message(diagnostics[2]), StringComparison.Ordinal);
        Assert.Contains("'string[]' is an array", Message(diagnostics[3]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_of_interface_and_class_types_are_clean() => await VerifyCleanAsync("""
        using System;
        using ToolKit;

        public interface IClock { DateTime Now { get; } }

        public partial class Tools
        {
            /// <summary>Greets someone.</summary>
            /// <param name="name">Who to greet.</param>
            [Tool]
            public string Greet(string name, [FromServices] IClock clock, [FromServices] TimeProvider? time = null) => name;
        }
        """);
}
