namespace ToolKit.Tests.Tools;

/// <summary>Echo tools for the <c>float</c>, <c>double</c> and <c>decimal</c> rows of the type table.</summary>
public sealed partial class NumberTools
{
    [Tool]
    public float EchoFloat(float value) => value;

    [Tool]
    public double EchoDouble(double value) => value;

    [Tool]
    public decimal EchoDecimal(decimal value) => value;

    [Tool]
    public string NumberDefaults(float ratio = 0.5f, double scale = -2.25, decimal price = 19.99m) =>
        FormattableString.Invariant($"{ratio}|{scale}|{price}");
}
