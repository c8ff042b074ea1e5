using ToolKit.CodeFixes;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0005 fix for 'async void': return Task.</summary>
public sealed class ReturnTaskCodeFixTests
{
    [Fact]
    public async Task Async_void_becomes_async_Task_and_the_using_is_added() => await VerifyAsync(new ReturnTaskCodeFix(), """
        using System.Threading;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Waits a moment.</summary>
            /// <param name="cancellationToken">Stops the wait.</param>
            [Tool]
            public async void {|TK0005:Pause|}(CancellationToken cancellationToken) => await System.Threading.Tasks.Task.Delay(1, cancellationToken);
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Waits a moment.</summary>
            /// <param name="cancellationToken">Stops the wait.</param>
            [Tool]
            public async Task Pause(CancellationToken cancellationToken) => await System.Threading.Tasks.Task.Delay(1, cancellationToken);
        }
        """, "Return 'Task' instead of 'void'");

    [Fact]
    public async Task Other_causes_of_TK0005_get_no_Task_fix() => await VerifyNoFixAsync(new ReturnTaskCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            [Tool]
            public int {|TK0005:Count|}<T>(int n) => n;
        }
        """);
}
