// Baseline input (b): a static class of tools. It exposes a static ToolSet property instead of implementing IToolSet.
using System;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Threading;
using System.Threading.Tasks;
using ToolKit;

namespace Samples.Math;

public static partial class MathTools
{
    /// <summary>Adds two integers.</summary>
    /// <param name="a">The first addend.</param>
    /// <param name="b">The second addend.</param>
    [Tool]
    public static int Add(int a, int b) => a + b;

    /// <summary>Computes n!.</summary>
    /// <param name="n">At most 20, so that the result fits in a long.</param>
    [Tool(Idempotent = true, Sequential = true, TimeoutSeconds = 5)]
    public static async ValueTask<long> FactorialAsync([Range(0, 20)] int n, CancellationToken cancellationToken)
    {
        await Task.Yield();
        long result = 1;
        for (int i = 2; i <= n; i++)
        {
            result *= i;
        }

        return result;
    }

    [Tool(Description = "Rounds a number.")]
    public static ToolResult Round([Description("The number.")] decimal value, [Range(0, 10)] int digits = 2) =>
        ToolResult.Text(System.Math.Round(value, digits).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Forgets every stored value.</summary>
    [Tool]
    public static Task ResetAsync() => Task.CompletedTask;
}
