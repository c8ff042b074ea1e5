using System;
using System.Globalization;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Emitting;

/// <summary>The effective limits of a number: the type's own range narrowed by <c>[Range]</c>.</summary>
internal readonly struct NumericBounds
{
    private NumericBounds(decimal? min, bool minExclusive, decimal? max, bool maxExclusive)
    {
        Min = min;
        MinExclusive = minExclusive;
        Max = max;
        MaxExclusive = maxExclusive;
    }

    public decimal? Min { get; }

    public bool MinExclusive { get; }

    public decimal? Max { get; }

    public bool MaxExclusive { get; }

    public static NumericBounds For(TypeSpec type, ConstraintSpec constraints)
    {
        decimal? min = Parse(constraints.Minimum);
        decimal? max = Parse(constraints.Maximum);
        bool minExclusive = constraints.MinimumExclusive && min is not null;
        bool maxExclusive = constraints.MaximumExclusive && max is not null;
        if (type.Kind != JsonKind.Integer)
        {
            return new NumericBounds(min, minExclusive, max, maxExclusive);
        }

        // Integers: make bounds inclusive whole numbers, then intersect with the type's range.
        if (min is { } lo)
        {
            min = minExclusive ? decimal.Floor(lo) + 1 : decimal.Ceiling(lo);
        }

        if (max is { } hi)
        {
            max = maxExclusive ? decimal.Ceiling(hi) - 1 : decimal.Floor(hi);
        }

        (decimal typeMin, decimal typeMax) = TypeRange(type.NumberType);
        min = min is null ? typeMin : Math.Max(min.Value, typeMin);
        max = max is null ? typeMax : Math.Min(max.Value, typeMax);
        return new NumericBounds(min, false, max, false);
    }

    public static bool IsUnsigned(string? numberType) => numberType is "Byte" or "UInt16" or "UInt32" or "UInt64" or "UIntPtr";

    public static (decimal Min, decimal Max) TypeRange(string? numberType) => numberType switch
    {
        "SByte" => (sbyte.MinValue, sbyte.MaxValue),
        "Byte" => (byte.MinValue, byte.MaxValue),
        "Int16" => (short.MinValue, short.MaxValue),
        "UInt16" => (ushort.MinValue, ushort.MaxValue),
        "Int32" => (int.MinValue, int.MaxValue),
        "UInt32" => (uint.MinValue, uint.MaxValue),
        "UInt64" or "UIntPtr" => (ulong.MinValue, ulong.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal? Parse(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            ? d >= (double)decimal.MaxValue ? decimal.MaxValue : d <= (double)decimal.MinValue ? decimal.MinValue : (decimal)d
            : null;
}
