using System.Linq;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Emitting;

/// <summary>
/// What an argument error says was expected ("an integer from 1 to 7"). Built at compile time from the same
/// spec as the schema, so that the message and the schema agree.
/// </summary>
internal static class Expectations
{
    public static string Describe(TypeSpec type, ConstraintSpec constraints, bool nullable)
    {
        string text = DescribeValue(type, constraints);
        if (!nullable)
        {
            return text;
        }

        return type.Kind == JsonKind.Boolean ? "true, false or null" : text + " or null";
    }

    private static string DescribeValue(TypeSpec type, ConstraintSpec c)
    {
        switch (type.Kind)
        {
            case JsonKind.String:
                string text = Length("a string", c.MinLength, c.MaxLength, "character");
                return c.Format switch
                {
                    "email" => text.Replace("a string", "an e-mail address string"),
                    "uri" => text.Replace("a string", "an absolute URI string"),
                    _ => text,
                };
            case JsonKind.Char:
                return "a string of exactly 1 character";
            case JsonKind.Boolean:
                return "true or false";
            case JsonKind.Integer:
                NumericBounds bounds = NumericBounds.For(type, c);
                (decimal typeMin, decimal typeMax) = NumericBounds.TypeRange(type.NumberType);
                if (bounds.Min == typeMin && bounds.Max == typeMax && type.NumberType is "Int32" or "Int64" or "IntPtr")
                {
                    return "an integer";
                }

                return $"an integer from {NumericBounds.Text(bounds.Min!.Value)} to {NumericBounds.Text(bounds.Max!.Value)}";
            case JsonKind.Number:
                NumericBounds n = NumericBounds.For(type, c);
                return (n.Min, n.Max) switch
                {
                    (null, null) => "a number",
                    ({ } lo, null) => $"a number {(n.MinExclusive ? "greater than" : "of at least")} {NumericBounds.Text(lo)}",
                    (null, { } hi) => $"a number {(n.MaxExclusive ? "less than" : "of at most")} {NumericBounds.Text(hi)}",
                    ({ } lo, { } hi) => n.MinExclusive || n.MaxExclusive
                        ? $"a number {(n.MinExclusive ? "greater than" : "of at least")} {NumericBounds.Text(lo)} and {(n.MaxExclusive ? "less than" : "at most")} {NumericBounds.Text(hi)}"
                        : $"a number from {NumericBounds.Text(lo)} to {NumericBounds.Text(hi)}",
                };
            case JsonKind.Enum when type.Enum is { IsFlags: true } flags:
                return "an array of " + OneOf(flags);
            case JsonKind.Enum:
                return OneOf(type.Enum!);
            case JsonKind.DateTime:
            case JsonKind.DateTimeOffset:
                return "a date-time string such as \"2025-06-01T14:30:00Z\"";
            case JsonKind.DateOnly:
                return "a date string such as \"2025-06-01\"";
            case JsonKind.TimeOnly:
                return "a time string such as \"14:30:00\"";
            case JsonKind.TimeSpan:
                return "an ISO 8601 duration string such as \"PT1H30M\"";
            case JsonKind.Guid:
                return "a UUID string";
            case JsonKind.Uri:
                return "an absolute URI string";
            case JsonKind.Array:
                string items = type.Collection == CollectionKind.HashSet ? "an array of unique items" : "an array";
                return Length(items, c.MinLength, c.MaxLength, "item");
            case JsonKind.Dictionary:
            case JsonKind.Object:
                return "an object";
            case JsonKind.JsonNode when type.TypeName.EndsWith("JsonObject"):
                return "an object";
            case JsonKind.JsonNode when type.TypeName.EndsWith("JsonArray"):
                return "an array";
            default:
                return "any JSON value";
        }
    }

    private static string OneOf(EnumSpec spec) =>
        "one of " + string.Join(", ", spec.Members.Select(m => "\"" + m.JsonName + "\""));

    private static string Length(string what, int? min, int? max, string unit) => (min, max) switch
    {
        (null, null) => what,
        ({ } lo, null) => $"{what} of at least {lo} {unit}{(lo == 1 ? "" : "s")}",
        (null, { } hi) => $"{what} of at most {hi} {unit}{(hi == 1 ? "" : "s")}",
        ({ } lo, { } hi) when lo == hi => $"{what} of exactly {lo} {unit}{(lo == 1 ? "" : "s")}",
        ({ } lo, { } hi) => $"{what} of {lo} to {hi} {unit}s",
    };
}
