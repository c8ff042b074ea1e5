using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolKit.Emulator.Behaviour;

/// <summary>
/// Builds a JSON value that validates against a JSON Schema, taking values from the prompt where it can
/// (<see cref="PromptFacts"/>) and otherwise from the schema (<c>default</c>, <c>examples</c>, the first enum
/// value, a quoted example in the description, a format's sample). Required properties are always filled;
/// optional ones only when the prompt supplies a value, as a model would.
/// </summary>
internal sealed class SchemaValueGenerator(JsonElement root, PromptFacts facts)
{
    private const int MaxDepth = 6;
    private const int MaxEvidenceItems = 5;

    private static readonly HashSet<string> FreeTextNames = new(StringComparer.Ordinal)
    {
        "query", "q", "text", "message", "prompt", "question", "input", "content", "search", "search_query",
        "keywords", "body", "instructions", "request",
    };

    private readonly List<JsonDocument> _merged = [];
    private readonly HashSet<string> _usedEnumValues = new(StringComparer.Ordinal);

    /// <summary>A value for the whole schema, which must be present (an object for tool arguments).</summary>
    public JsonNode? Generate()
    {
        try
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new JsonObject();
            }

            return TryValue(root, "", required: true, depth: 0, out var value) ? value : new JsonObject();
        }
        finally
        {
            foreach (var doc in _merged)
            {
                doc.Dispose();
            }
        }
    }

    /// <summary>The enum string values anywhere in the schema, so they are never taken as names.</summary>
    public static IEnumerable<string> EnumStrings(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in schema.EnumerateObject())
            {
                if (property.Name == "enum" && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var v in property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String))
                    {
                        yield return v.GetString()!;
                    }
                }
                else
                {
                    foreach (var s in EnumStrings(property.Value))
                    {
                        yield return s;
                    }
                }
            }
        }
        else if (schema.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in schema.EnumerateArray().SelectMany(EnumStrings))
            {
                yield return s;
            }
        }
    }

    private bool TryValue(JsonElement schema, string name, bool required, int depth, out JsonNode? value)
    {
        value = null;
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            // true / {} / unresolvable: anything goes, so a string.
            value = required ? JsonValue.Create("example") : null;
            return required;
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            value = SchemaKeywords.Clone(constant);
            return true;
        }

        var branches = SchemaKeywords.Branch(schema, "anyOf");
        if (branches.ValueKind == JsonValueKind.Undefined)
        {
            branches = SchemaKeywords.Branch(schema, "oneOf");
        }

        if (branches.ValueKind != JsonValueKind.Undefined)
        {
            return TryBranches(branches, name, required, depth, out value);
        }

        if (schema.TryGetProperty("allOf", out var allOf) && allOf.ValueKind == JsonValueKind.Array)
        {
            return TryValue(Merge(schema, allOf), name, required, depth, out value);
        }

        var types = SchemaKeywords.Types(schema);
        var nullable = types.Contains("null");
        if (depth > MaxDepth)
        {
            value = required ? SchemaKeywords.Minimal(types) : null;
            return required;
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            return TryEnum(schema, values, required, out value);
        }

        var type = types.FirstOrDefault(t => t != "null") ?? (nullable ? "null" : "string");
        var found = type switch
        {
            "string" => TryString(schema, name, required, out value),
            "integer" => TryNumber(schema, name, required, integer: true, out value),
            "number" => TryNumber(schema, name, required, integer: false, out value),
            "boolean" => TryBoolean(schema, name, required, out value),
            "array" => TryArray(schema, name, required, depth, out value),
            "object" => TryObject(schema, required, depth, out value),
            _ => false,
        };
        if (found || !required)
        {
            return found;
        }

        value = SchemaKeywords.FromSchemaDefaults(schema) ?? (nullable ? null : SchemaKeywords.Minimal(types));
        return true;
    }

    private bool TryBranches(JsonElement branches, string name, bool required, int depth, out JsonNode? value)
    {
        value = null;
        var options = branches.EnumerateArray().Select(Resolve).ToList();
        var nullable = options.Any(o => SchemaKeywords.Types(o).SequenceEqual(["null"]));
        var first = options.FirstOrDefault(o => !SchemaKeywords.Types(o).SequenceEqual(["null"]));
        if (first.ValueKind == JsonValueKind.Undefined)
        {
            return required;
        }

        if (TryValue(first, name, required: !nullable && required, depth, out value))
        {
            return true;
        }

        return required;
    }

    private bool TryEnum(JsonElement schema, JsonElement values, bool required, out JsonNode? value)
    {
        // Of the values the prompt names, the earliest one not taken by an earlier argument: "250 EUR in USD" gives
        // from = eur and to = usd.
        value = null;
        var mentioned = values.EnumerateArray()
            .Where(option => option.ValueKind != JsonValueKind.Null)
            .Select(option => (Option: option, Text: option.ValueKind == JsonValueKind.String ? option.GetString()! : option.GetRawText()))
            .Select(o => (o.Option, o.Text, At: facts.MentionAt(o.Text)))
            .Where(o => o.At >= 0)
            .OrderBy(o => o.At)
            .ToList();
        if (mentioned.Count > 0)
        {
            var pick = mentioned.FirstOrDefault(o => !_usedEnumValues.Contains(o.Text));
            pick = pick.Text is null ? mentioned[0] : pick;
            _usedEnumValues.Add(pick.Text);
            value = SchemaKeywords.Clone(pick.Option);
            return true;
        }

        if (!required)
        {
            return false;
        }

        if (schema.TryGetProperty("default", out var fallback) && values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, fallback)))
        {
            value = SchemaKeywords.Clone(fallback);
            return true;
        }

        var firstValue = values.EnumerateArray().FirstOrDefault(v => v.ValueKind != JsonValueKind.Null);
        value = firstValue.ValueKind == JsonValueKind.Undefined ? null : SchemaKeywords.Clone(firstValue);
        return true;
    }

    private bool TryString(JsonElement schema, string name, bool required, out JsonNode? value)
    {
        bool Fits(string s) => SchemaKeywords.FitsString(schema, s);
        var format = schema.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        var text = format switch
        {
            "date" => facts.TakeDate(),
            "date-time" => facts.TakeDateTime(),
            "time" => facts.TakeTime(),
            "email" or "idn-email" => facts.TakeEmail(),
            "uri" or "url" or "iri" => facts.TakeUrl(),
            "uuid" or "duration" => null,
            _ when FreeTextNames.Contains(name.ToLowerInvariant()) =>
                facts.TakeQuoted(Fits) ?? (required && Fits(facts.Text.Trim()) ? facts.Text.Trim() : null),
            _ => facts.TakeQuoted(Fits) ?? facts.TakeName(Fits),
        };
        if (text is not null)
        {
            value = JsonValue.Create(text);
            return true;
        }

        value = null;
        if (!required)
        {
            return false;
        }

        if (SchemaKeywords.FromSchemaDefaults(schema) is { } fromSchema)
        {
            value = fromSchema;
            return true;
        }

        if (SchemaKeywords.Types(schema).Contains("null"))
        {
            return true;
        }

        var sample = format switch
        {
            "date" => "2025-01-01",
            "date-time" => "2025-01-01T00:00:00Z",
            "time" => "12:00:00",
            "duration" => "PT1H",
            "email" or "idn-email" => "user@example.com",
            "uri" or "url" or "iri" => "https://example.com",
            "uuid" => "00000000-0000-4000-8000-000000000000",
            _ => SchemaKeywords.DescriptionExample(schema) ?? "example",
        };
        value = JsonValue.Create(SchemaKeywords.FitLength(schema, sample));
        return true;
    }

    private bool TryNumber(JsonElement schema, string name, bool required, bool integer, out JsonNode? value)
    {
        var min = SchemaKeywords.Number(schema, "minimum");
        var max = SchemaKeywords.Number(schema, "maximum");
        var exclusiveMin = SchemaKeywords.Number(schema, "exclusiveMinimum");
        var exclusiveMax = SchemaKeywords.Number(schema, "exclusiveMaximum");
        bool InRange(decimal v) => (min is null || v >= min) && (max is null || v <= max)
            && (exclusiveMin is null || v > exclusiveMin) && (exclusiveMax is null || v < exclusiveMax);

        var stems = Words.IdentifierWords(name).Select(Words.Stem).ToHashSet(StringComparer.Ordinal);
        var taken = facts.TakeNumber(stems, integer, InRange);
        value = null;
        if (taken is { } n)
        {
            value = integer ? JsonValue.Create((long)n) : JsonValue.Create(n);
            return true;
        }

        if (!required)
        {
            return false;
        }

        if (SchemaKeywords.FromSchemaDefaults(schema) is { } fromSchema)
        {
            value = fromSchema;
            return true;
        }

        if (SchemaKeywords.Types(schema).Contains("null"))
        {
            return true;
        }

        // 1 reads like a sensible count; otherwise a bound, or the middle of an open range.
        var lower = min ?? exclusiveMin;
        var upper = max ?? exclusiveMax;
        decimal?[] candidates = [1, 0, min, max, lower + 1, upper - 1, lower is { } lo && upper is { } hi ? (lo + hi) / 2 : null];
        var pick = candidates.OfType<decimal>()
            .SelectMany(c => integer ? new[] { decimal.Ceiling(c), decimal.Floor(c) } : [c])
            .Cast<decimal?>()
            .FirstOrDefault(c => InRange(c!.Value)) ?? lower ?? upper ?? 0;
        value = integer ? JsonValue.Create((long)pick) : JsonValue.Create(pick);
        return true;
    }

    private bool TryBoolean(JsonElement schema, string name, bool required, out JsonNode? value)
    {
        var words = Words.IdentifierWords(name).Where(w => !Words.Stop.Contains(w)).ToList();
        value = null;
        if (words.Count > 0 && words.All(facts.Mentions))
        {
            value = JsonValue.Create(true);
            return true;
        }

        if (!required)
        {
            return false;
        }

        value = SchemaKeywords.FromSchemaDefaults(schema) ?? (SchemaKeywords.Types(schema).Contains("null") ? null : JsonValue.Create(false));
        return true;
    }

    private bool TryArray(JsonElement schema, string name, bool required, int depth, out JsonNode? value)
    {
        var items = schema.TryGetProperty("items", out var i) ? Resolve(i) : default;
        var minItems = (int)(SchemaKeywords.Number(schema, "minItems") ?? 0);
        var maxItems = (int)Math.Min(SchemaKeywords.Number(schema, "maxItems") ?? MaxEvidenceItems, MaxEvidenceItems);
        var enumValues = items.ValueKind == JsonValueKind.Object && items.TryGetProperty("enum", out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList()
            : [];
        var itemName = Words.Stem(name);
        var array = new JsonArray();
        if (enumValues.Count > 0)
        {
            // Every enum value the prompt names, once each.
            foreach (var option in enumValues.Where(v => facts.Mentions(v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())))
            {
                if (array.Count < maxItems)
                {
                    array.Add(SchemaKeywords.Clone(option));
                }
            }
        }
        else
        {
            // Strings and numbers use up prompt facts, so the loop ends; other item kinds are taken once.
            var consumes = items.ValueKind == JsonValueKind.Object
                && SchemaKeywords.Types(items).FirstOrDefault(t => t != "null") is null or "string" or "integer" or "number";
            while (array.Count < maxItems && (consumes || array.Count == 0)
                   && TryValue(items, itemName, required: false, depth + 1, out var item))
            {
                array.Add(item);
            }
        }

        var unique = schema.TryGetProperty("uniqueItems", out var u) && u.ValueKind == JsonValueKind.True;
        while (array.Count < minItems)
        {
            // Filling up to minItems: unused enum values first, so uniqueItems holds.
            var next = enumValues.FirstOrDefault(v => !array.Any(a => JsonNode.DeepEquals(a, SchemaKeywords.Clone(v))));
            if (next.ValueKind != JsonValueKind.Undefined)
            {
                array.Add(SchemaKeywords.Clone(next));
                continue;
            }

            TryValue(items, itemName, required: true, depth + 1, out var item);
            if (unique && array.Any(a => JsonNode.DeepEquals(a, item)))
            {
                break;
            }

            array.Add(item);
        }

        value = array;
        return array.Count > 0 || required;
    }

    private bool TryObject(JsonElement schema, bool required, int depth, out JsonNode? value)
    {
        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().ToList()
            : [];
        var requiredNames = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(x => x.GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

        // Required properties take prompt values first, so "Paris" goes to the required city, not an optional country.
        foreach (var property in properties.Where(x => requiredNames.Contains(x.Name)))
        {
            if (TryValue(property.Value, property.Name, required, depth + 1, out var v))
            {
                values[property.Name] = v;
            }
        }

        foreach (var property in properties.Where(x => !requiredNames.Contains(x.Name)))
        {
            if (TryValue(property.Value, property.Name, required: false, depth + 1, out var v))
            {
                values[property.Name] = v;
            }
        }

        value = null;
        if (!required)
        {
            if (values.Count == 0)
            {
                return false;
            }

            foreach (var property in properties.Where(x => requiredNames.Contains(x.Name) && !values.ContainsKey(x.Name)))
            {
                TryValue(property.Value, property.Name, required: true, depth + 1, out var v);
                values[property.Name] = v;
            }
        }

        var result = new JsonObject();
        foreach (var property in properties.Where(x => values.ContainsKey(x.Name)))
        {
            result[property.Name] = values[property.Name];
        }

        value = result;
        return true;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 16 && schema.ValueKind == JsonValueKind.Object
             && schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String; hops++)
        {
            var target = Pointer(reference.GetString()!);
            if (target.ValueKind == JsonValueKind.Undefined)
            {
                return default;
            }

            schema = target;
        }

        return schema;
    }

    private JsonElement Pointer(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return default;
        }

        var current = root;
        foreach (var raw in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, CultureInfo.InvariantCulture, out var index)
                     && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return default;
            }
        }

        return current;
    }

    /// <summary>allOf: the branches' properties and required lists merged into one object schema.</summary>
    private JsonElement Merge(JsonElement schema, JsonElement allOf)
    {
        var merged = new JsonObject();
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var part in allOf.EnumerateArray().Select(Resolve).Append(schema))
        {
            if (part.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var keyword in part.EnumerateObject())
            {
                switch (keyword.Name)
                {
                    case "allOf":
                        break;
                    case "properties" when keyword.Value.ValueKind == JsonValueKind.Object:
                        foreach (var p in keyword.Value.EnumerateObject())
                        {
                            properties[p.Name] = SchemaKeywords.Clone(p.Value);
                        }

                        break;
                    case "required" when keyword.Value.ValueKind == JsonValueKind.Array:
                        foreach (var name in keyword.Value.EnumerateArray())
                        {
                            required.Add(SchemaKeywords.Clone(name));
                        }

                        break;
                    default:
                        merged[keyword.Name] = SchemaKeywords.Clone(keyword.Value);
                        break;
                }
            }
        }

        merged["properties"] = properties;
        merged["required"] = required;
        merged["type"] ??= "object";
        var doc = JsonDocument.Parse(merged.ToJsonString());
        _merged.Add(doc);
        return doc.RootElement;
    }
}
