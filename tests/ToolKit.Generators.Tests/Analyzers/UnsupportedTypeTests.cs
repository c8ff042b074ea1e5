using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0002: a parameter or return type with no schema mapping. The message names the type and where it is.</summary>
public sealed class UnsupportedTypeTests
{
    [Fact]
    public async Task An_object_parameter_is_reported_on_the_parameter_and_names_object()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public string Describe(object {|TK0002:value|}) => "";
            }
            """);

        Assert.Equal(
            "Tool 'describe': parameter 'value' has type 'object', which has no JSON schema mapping; use a specific type, or JsonElement for any JSON",
            Message(diagnostics[0]));
    }

    [Fact]
    public async Task A_dictionary_without_string_keys_is_reported_and_named()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public int Count(Dictionary<int, string> {|TK0002:byId|}) => byId.Count;
            }
            """);

        Assert.Contains("parameter 'byId' has type 'System.Collections.Generic.Dictionary<int, string>'", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("dictionary keys must be strings", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_dimensional_array_is_reported_and_named()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public int Sum(int[,] {|TK0002:grid|}) => grid.Length;
            }
            """);

        Assert.Contains("parameter 'grid' has type 'int[*,*]'", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("single-dimensional array", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_member_of_a_parameter_object_names_the_path_to_it()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public sealed record Order(string Id, object Payload);

            public partial class Tools
            {
                [Tool]
                public string Place(Order {|TK0002:order|}) => order.Id;
            }
            """);

        Assert.Contains("parameter 'order' member 'Order.Payload' has type 'object'", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_return_type_is_reported_on_the_method_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public object {|TK0002:Fetch|}() => new object();
            }
            """);

        Assert.Contains("the return value has type 'object'", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supported_types_are_clean() => await VerifyCleanAsync("""
        using System.Collections.Generic;
        using System.Text.Json;
        using ToolKit;

        public sealed record Order(string Id, JsonElement Payload);

        public partial class Tools
        {
            /// <summary>Describes its arguments.</summary>
            /// <param name="value">Any JSON.</param>
            /// <param name="byId">Labels by id.</param>
            /// <param name="grid">A jagged grid.</param>
            /// <param name="order">An order.</param>
            #pragma warning disable TK0008 // the open dictionary is the point here; Gemini is not targeted
            [Tool]
            public string Describe(JsonElement value, Dictionary<string, string> byId, int[][] grid, Order order) => order.Id;
            #pragma warning restore TK0008
        }
        """);
}
