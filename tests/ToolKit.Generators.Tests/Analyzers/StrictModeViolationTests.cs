using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>
/// TK0007 (error): a strict tool or structured output using what OpenAI strict mode forbids. Each cause has its own
/// message; causes in one parameter are reported on it, whole-schema limits on the <c>Strict = true</c> argument.
/// </summary>
public sealed class StrictModeViolationTests
{
    [Fact]
    public async Task An_open_dictionary_and_free_form_json_are_reported_on_their_parameters()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Nodes;
            using ToolKit;

            public sealed record Envelope(string Kind, JsonNode Body);

            public partial class Tools
            {
                [Tool(Strict = true)]
                public string Tag(Dictionary<string, int> {|TK0007:counts|}, JsonElement {|TK0007:payload|}, Envelope {|TK0007:envelope|}) => "";
            }
            """);

        Assert.Equal(
            "Tool 'tag' is strict, but parameter 'counts' has an open dictionary at counts ('System.Collections.Generic.Dictionary<string, int>'), whose schema needs additionalProperties with a schema; use a list of key/value records instead, or set Strict = false",
            Message(diagnostics[0]));
        Assert.Contains("parameter 'payload' takes free-form JSON at payload ('System.Text.Json.JsonElement')", Message(diagnostics[1]), StringComparison.Ordinal);
        Assert.Contains("parameter 'envelope' takes free-form JSON at envelope.body", Message(diagnostics[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Six_levels_of_objects_are_reported_on_the_parameter_with_the_path()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using ToolKit;

            public sealed record L5(string Leaf);
            public sealed record L4(L5 Next);
            public sealed record L3(List<L4> Items);
            public sealed record L2(L3 Next);
            public sealed record L1(L2 Next);

            public partial class Tools
            {
                [Tool(Strict = true)]
                public string Deep(L1 {|TK0007:root|}, L2 shallow) => "";
            }
            """);

        Assert.Contains("parameter 'root' nests objects 6 levels deep at root.next.next.items[].next", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("strict mode allows 5", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_100_properties_are_reported_on_the_Strict_argument()
    {
        string members = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"int P{i}"));
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync($$"""
            using ToolKit;

            public sealed record Wide({{members}});

            public partial class Tools
            {
                [Tool({|TK0007:Strict = true|})]
                public string Fill(Wide first, Wide second) => "";
            }
            """);

        Assert.Contains("its schema has 122 object properties in total, and strict mode allows 100", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_500_enum_values_are_reported_on_the_Strict_argument()
    {
        string values = string.Join(", ", Enumerable.Range(1, 260).Select(i => $"V{i}"));
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync($$"""
            using ToolKit;

            public enum Code { {{values}} }

            public partial class Tools
            {
                [Tool({|TK0007:Strict = true|})]
                public string Pick(Code from, Code to) => "";
            }
            """);

        Assert.Contains("its schema has 520 enum values in total, and strict mode allows 500", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strict_structured_output_with_a_dictionary_is_reported_on_the_member()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using ToolKit;

            /// <summary>A plan.</summary>
            [StructuredOutput]
            public sealed partial record Plan(string City, Dictionary<string, string> {|TK0007:Notes|});
            """);

        Assert.StartsWith("Structured output 'plan' is strict, but member 'Plan.Notes' has an open dictionary at notes", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_shapes_are_allowed_without_strict_mode_and_five_levels_in_strict_mode() => await VerifyCleanAsync("""
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Text.Json;
        using ToolKit;

        public sealed record L4(string Leaf);
        public sealed record L3(List<L4> Items);
        public sealed record L2(L3 Next);
        public sealed record L1(L2 Next);

        public partial class Tools
        {
            /// <summary>Takes four levels of objects below the arguments object.</summary>
            /// <param name="root">The top of the tree.</param>
            [Tool(Strict = true)]
            public string Deep(L1 root) => "";

            /// <summary>Takes free-form JSON, which only a non-strict tool may.</summary>
            /// <param name="payload">Any JSON.</param>
            [Tool]
            public string Loose(JsonElement payload) => "";
        }
        """);
}
