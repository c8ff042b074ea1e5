using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0015 (info): RequiresApproval on a tool whose name says it only reads, reported on the argument.</summary>
public sealed class ApprovalOnReadOnlyToolTests
{
    [Theory]
    [InlineData("GetOrder")]
    [InlineData("ListOrders")]
    [InlineData("FindOrder")]
    [InlineData("SearchOrders")]
    [InlineData("ReadOrder")]
    [InlineData("LookupOrder")]
    [InlineData("CountOrders")]
    public async Task Read_only_verbs_are_reported(string method)
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync($$"""
            using ToolKit;

            public partial class Orders
            {
                [Tool({|TK0015:RequiresApproval = true|})]
                public string {{method}}(string id) => id;
            }
            """);

        Assert.Contains("requires approval, but its name says it only reads", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_name_is_what_counts()
    {
        await VerifyAsync("""
            using ToolKit;

            public partial class Orders
            {
                [Tool(Name = "get-order", {|TK0015:RequiresApproval = true|})]
                public string Cancel(string id) => id;
            }
            """);
    }

    [Fact]
    public async Task Approval_on_tools_that_change_things_is_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public partial class Orders
        {
            /// <summary>Cancels an order.</summary>
            /// <param name="id">The order id.</param>
            [Tool(RequiresApproval = true)]
            public string CancelOrder(string id) => id;

            /// <summary>Gets an order; "getaway" and similar words are not the verb "get".</summary>
            /// <param name="id">The order id.</param>
            [Tool(Name = "getaway_booking", RequiresApproval = true)]
            public string Book(string id) => id;

            /// <summary>Gets an order without asking.</summary>
            /// <param name="id">The order id.</param>
            [Tool]
            public string GetOrder(string id) => id;
        }
        """);
}
