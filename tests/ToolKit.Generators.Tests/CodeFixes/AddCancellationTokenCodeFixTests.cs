using ToolKit.CodeFixes;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0016 fix: a CancellationToken parameter with a default, and the using it needs.</summary>
public sealed class AddCancellationTokenCodeFixTests
{
    [Fact]
    public async Task The_token_goes_last_and_System_Threading_is_imported() => await VerifyAsync(new AddCancellationTokenCodeFix(), """
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Fetches a page.</summary>
            /// <param name="url">The page address.</param>
            [Tool]
            public async Task<string> {|TK0016:FetchAsync|}(string url)
            {
                await Task.Yield();
                return url;
            }
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Fetches a page.</summary>
            /// <param name="url">The page address.</param>
            [Tool]
            public async Task<string> FetchAsync(string url, CancellationToken cancellationToken = default)
            {
                await Task.Yield();
                return url;
            }
        }
        """, "Add a CancellationToken parameter");

    [Fact]
    public async Task A_method_without_parameters_gets_only_the_token() => await VerifyAsync(new AddCancellationTokenCodeFix(), """
        using System.Threading;
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Flushes the queue.</summary>
            [Tool]
            public ValueTask {|TK0016:Flush|}() => default;
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Flushes the queue.</summary>
            [Tool]
            public ValueTask Flush(CancellationToken cancellationToken = default) => default;
        }
        """, "Add a CancellationToken parameter");
}
