namespace ToolKit.Tests.Tools;

/// <summary>A static class: its tools are exposed through the generated static <c>ToolSet</c>.</summary>
public static partial class MathTools
{
    [Tool]
    public static int Add(int a, int b) => a + b;

    [Tool]
    public static double Divide(double dividend, double divisor) =>
        divisor == 0 ? throw new DivideByZeroException("Cannot divide by zero.") : dividend / divisor;
}
