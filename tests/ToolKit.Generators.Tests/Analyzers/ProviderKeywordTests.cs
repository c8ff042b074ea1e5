using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0008 (warning): schema keywords a major provider rejects; the message names the provider.</summary>
public sealed class ProviderKeywordTests
{
    [Fact]
    public async Task A_recursive_type_is_reported_for_Gemini_on_the_parameter()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using ToolKit;

            public sealed record TreeNode(string Name, List<TreeNode>? Children = null);

            public partial class Tools
            {
                [Tool]
                public int Count(TreeNode {|TK0008:root|}, string label) => 0;
            }
            """);

        Assert.Equal(
            "Tool 'count': parameter 'root' uses the recursive type 'TreeNode', so its schema needs $defs and $ref, which Google Gemini rejects; if it must work with Gemini, break the cycle (for example with ids that refer to other items)",
            Message(diagnostics[0]));
    }

    [Fact]
    public async Task An_open_dictionary_is_reported_for_Gemini()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public int Count(IReadOnlyDictionary<string, List<int>> {|TK0008:byName|}) => 0;
            }
            """);

        Assert.Contains("open dictionary at by_name", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("Google Gemini", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_uri_in_a_strict_tool_is_reported_for_OpenAI()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System;
            using System.ComponentModel.DataAnnotations;
            using ToolKit;

            public sealed record Link(string Title, [property: Url] string Target);

            public partial class Tools
            {
                [Tool(Strict = true)]
                public int Fetch(Uri {|TK0008:page|}, Link {|TK0008:link|}) => 0;
            }
            """);

        Assert.Contains("parameter 'page' has format \"uri\" at page, which OpenAI strict mode does not support", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("parameter 'link' has format \"uri\" at link.target", Message(diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_uri_is_fine_outside_strict_mode_and_plain_types_everywhere() => await VerifyCleanAsync("""
        using System;
        using System.Collections.Generic;
        using ToolKit;

        public sealed record Item(string Name, List<string> Tags);

        public partial class Tools
        {
            /// <summary>Fetches a page.</summary>
            /// <param name="page">The absolute address of the page.</param>
            [Tool]
            public int Fetch(Uri page) => 0;

            /// <summary>Files an item.</summary>
            /// <param name="item">The item to file.</param>
            /// <param name="cancellationToken">Stops the work.</param>
            [Tool(Strict = true)]
            public System.Threading.Tasks.Task<int> File(Item item, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.FromResult(0);
        }
        """);
}
