using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0028 (error): a negative TimeoutSeconds, reported on the argument.</summary>
public sealed class NegativeTimeoutTests
{
    [Fact]
    public async Task A_negative_timeout_is_reported_on_the_argument()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool({|TK0028:TimeoutSeconds = -5|})]
                public string Ping() => "pong";
            }
            """);

        Assert.Equal("Tool 'ping' has TimeoutSeconds = -5; a timeout must be positive, or 0 for none", Message(diagnostics[0]));
    }

    [Fact]
    public async Task Zero_and_positive_timeouts_are_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Answers pong.</summary>
            [Tool(TimeoutSeconds = 0)]
            public string Ping() => "pong";

            /// <summary>Answers pong within 30 seconds.</summary>
            [Tool(TimeoutSeconds = 30)]
            public string PingSlowly() => "pong";
        }
        """);
}
