using Microsoft.CodeAnalysis;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests.Analyzers;

/// <summary>TK0005: signatures the generated dispatcher cannot call with arguments from a model.</summary>
public sealed class UnsupportedSignatureTests
{
    [Fact]
    public async Task A_generic_method_is_reported_on_its_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public int {|TK0005:Count|}<T>(int n) => n;
            }
            """);

        Assert.Contains("generic methods have no fixed schema", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ref_out_and_in_parameters_are_each_reported_on_the_parameter()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public void Change(ref int {|TK0005:counter|}, out string {|TK0005:label|}, in long {|TK0005:limit|})
                {
                    counter++;
                    label = "";
                }
            }
            """);

        Assert.Contains("parameter 'counter' is 'ref'", Message(diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("parameter 'label' is 'out'", Message(diagnostics[1]), StringComparison.Ordinal);
        Assert.Contains("parameter 'limit' is 'in'", Message(diagnostics[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_void_method_is_reported_on_its_name()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using System.Threading.Tasks;
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public async void {|TK0005:Fire|}() => await Task.Yield();
            }
            """);

        Assert.Contains("'async void'", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_params_parameter_is_reported_on_the_parameter()
    {
        IReadOnlyList<Diagnostic> diagnostics = await VerifyAsync("""
            using ToolKit;

            public partial class Tools
            {
                [Tool]
                public int Sum(params int[] {|TK0005:values|}) => values.Length;
            }
            """);

        Assert.Contains("parameter 'values' is 'params'", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_tools_with_plain_signatures_are_clean() => await VerifyCleanAsync("""
        using System.Threading.Tasks;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Returns the count it is given.</summary>
            /// <param name="n">Any count.</param>
            [Tool]
            public int Count(int n) => n;

            /// <summary>Adds one to a counter.</summary>
            /// <param name="counter">The current value.</param>
            /// <param name="limit">The highest allowed value.</param>
            [Tool]
            public string Change(int counter, long limit) => (counter + 1).ToString();

            /// <summary>Fires and forgets nothing.</summary>
            /// <param name="cancellationToken">Stops the wait.</param>
            [Tool]
            public async Task Fire(System.Threading.CancellationToken cancellationToken) => await Task.Delay(0, cancellationToken);

            /// <summary>Counts the values.</summary>
            /// <param name="values">The values to count.</param>
            [Tool]
            public int Sum(int[] values) => values.Length;
        }
        """);
}
