using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ToolKit.Emulator.Behaviour;

/// <summary>Reads JSON Schema keywords for <see cref="SchemaValueGenerator"/>: types, bounds, defaults, lengths.</summary>
internal static partial class SchemaKeywords
{
    public static JsonElement Branch(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var branches) && branches.ValueKind == JsonValueKind.Array && branches.GetArrayLength() > 0
            ? branches
            : default;

    public static List<string> Types(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (schema.TryGetProperty("type", out var type))
        {
            return type.ValueKind switch
            {
                JsonValueKind.String => [type.GetString()!],
                JsonValueKind.Array => type.EnumerateArray().Select(t => t.GetString() ?? "").ToList(),
                _ => [],
            };
        }

        if (schema.TryGetProperty("properties", out _))
        {
            return ["object"];
        }

        if (schema.TryGetProperty("items", out _))
        {
            return ["array"];
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            return values.EnumerateArray().Select(v => v.ValueKind switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.Number => "number",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                JsonValueKind.Null => "null",
                _ => "string",
            }).Distinct().ToList();
        }

        return [];
    }

    public static JsonNode? Minimal(List<string> types) => types.FirstOrDefault(t => t != "null") switch
    {
        "object" => new JsonObject(),
        "array" => new JsonArray(),
        "integer" or "number" => JsonValue.Create(0),
        "boolean" => JsonValue.Create(false),
        null when types.Contains("null") => null,
        _ => JsonValue.Create(""),
    };

    /// <summary>The schema's own <c>default</c>, else its first <c>examples</c> entry or <c>example</c>.</summary>
    public static JsonNode? FromSchemaDefaults(JsonElement schema)
    {
        if (schema.TryGetProperty("default", out var fallback) && fallback.ValueKind != JsonValueKind.Null)
        {
            return Clone(fallback);
        }

        if (schema.TryGetProperty("examples", out var examples) && examples.ValueKind == JsonValueKind.Array && examples.GetArrayLength() > 0)
        {
            return Clone(examples[0]);
        }

        return schema.TryGetProperty("example", out var example) && example.ValueKind != JsonValueKind.Null ? Clone(example) : null;
    }

    public static string? DescriptionExample(JsonElement schema) =>
        schema.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
            && QuotedInDescription().Match(d.GetString()!) is { Success: true } m
            ? m.Groups[1].Value
            : null;

    public static bool FitsString(JsonElement schema, string text)
    {
        var min = Number(schema, "minLength");
        var max = Number(schema, "maxLength");
        if ((min is not null && text.Length < min) || (max is not null && text.Length > max))
        {
            return false;
        }

        if (!schema.TryGetProperty("pattern", out var pattern) || pattern.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        try
        {
            return Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            // A pattern .NET cannot run is not the model's problem: accept the value.
            return true;
        }
    }

    public static string FitLength(JsonElement schema, string text)
    {
        var min = (int)(Number(schema, "minLength") ?? 0);
        var max = (int?)Number(schema, "maxLength");
        if (text.Length < min)
        {
            text = text.PadRight(min, 'x');
        }

        return max is { } m && text.Length > m ? text[..m] : text;
    }

    public static decimal? Number(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetDecimal(out var d) ? d : null;

    public static JsonNode? Clone(JsonElement element) => JsonNode.Parse(element.GetRawText());

    [GeneratedRegex("[\"“]([^\"”]+)[\"”]")]
    private static partial Regex QuotedInDescription();
}
