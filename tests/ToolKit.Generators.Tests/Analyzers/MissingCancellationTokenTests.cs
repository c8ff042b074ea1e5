using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0016 (info): a Task- or ValueTask-returning tool without a CancellationToken parameter.</summary>
public sealed class MissingCancellationTokenTests
{
    [Fact]
    public async Task Task_and_ValueTask_tools_without_a_token_are_reported_on_the_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Threading.Tasks;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public Task<string> {|TK0016:FetchAsync|}(string url) => Task.FromResult(url);

                [Tool]
                public ValueTask {|TK0016:Flush|}() => default;

                [Tool]
                public string Now() => "now";
            }
            """);

        Assert.Equal(
            "Tool 'fetch' is asynchronous but takes no CancellationToken; add one so that a cancelled run or a tool timeout can stop it",
            Message(diagnostics[0]));
    }

    [Fact]
    public async Task Asynchronous_tools_with_a_token_are_clean() => await VerifyCleanAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Fetches a page.</summary>
            /// <param name="url">The page address.</param>
            /// <param name="cancellationToken">Stops the download.</param>
            [Tool]
            public Task<string> FetchAsync(string url, CancellationToken cancellationToken) => Task.FromResult(url);

            /// <summary>Says what time it is.</summary>
            [Tool]
            public string Now() => "now";
        }
        """);
}
