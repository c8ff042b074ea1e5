using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0010 (warning): a tool method the generated dispatcher cannot call, such as an abstract one.</summary>
public sealed class InaccessibleMethodTests
{
    [Fact]
    public async Task An_abstract_tool_method_is_a_warning_on_its_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public abstract partial class Calculator
            {
                [Tool]
                public abstract int {|TK0010:Compute|}(int x);
            }
            """);

        Assert.Equal("Tool method 'Compute' is abstract, so the generated dispatcher cannot call it", Message(diagnostics[0]));
    }

    [Fact]
    public async Task A_virtual_tool_method_is_clean() => await VerifyCleanAsync("""
        using ToolKit;

        public abstract partial class Calculator
        {
            /// <summary>Computes a result.</summary>
            /// <param name="x">The input.</param>
            [Tool]
            public virtual int Compute(int x) => x;
        }
        """);
}
