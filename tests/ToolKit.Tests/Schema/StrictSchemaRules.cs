using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolKit.Tests.Schema;

/// <summary>
/// OpenAI structured-output rules for strict schemas: every object schema has <c>additionalProperties: false</c>
/// and lists every property in <c>required</c>. Walks properties, items, anyOf and $defs.
/// </summary>
internal static class StrictSchemaRules
{
    public static IReadOnlyList<string> Check(JsonNode root)
    {
        var violations = new List<string>();
        Walk(root, "$", violations);
        return violations;
    }

    /// <summary>Whether the schema accepts null: a "null" type, an anyOf branch of type null, through $ref.</summary>
    public static bool AllowsNull(JsonNode schema, JsonNode root)
    {
        schema = Resolve(schema, root);
        if (schema["anyOf"] is JsonArray anyOf)
        {
            return anyOf.Any(branch => AllowsNull(branch!, root));
        }

        bool typeAllowsNull = schema["type"] switch
        {
            JsonArray types => types.Any(t => t!.GetValue<string>() == "null"),
            JsonValue type => type.GetValue<string>() == "null",
            _ => true,
        };
        bool enumAllowsNull = schema["enum"] is not JsonArray values || values.Any(v => v is null);
        return typeAllowsNull && enumAllowsNull;
    }

    /// <summary>Follows a local <c>#/$defs/Name</c> reference.</summary>
    public static JsonNode Resolve(JsonNode schema, JsonNode root)
    {
        for (int hops = 0; schema["$ref"] is JsonNode reference && hops < 10; hops++)
        {
            string target = reference.GetValue<string>();
            Assert.StartsWith("#/$defs/", target, StringComparison.Ordinal);
            schema = root["$defs"]?[target["#/$defs/".Length..]] ?? throw new Xunit.Sdk.XunitException($"unresolved {target}");
        }

        return schema;
    }

    private static bool IsObjectSchema(JsonNode schema) =>
        schema["properties"] is not null
        || schema["type"] switch
        {
            JsonArray types => types.Any(t => t!.GetValue<string>() == "object"),
            JsonValue type => type.GetValue<string>() == "object",
            _ => false,
        };

    private static void Walk(JsonNode? schema, string path, List<string> violations)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        if (IsObjectSchema(node))
        {
            if (node["additionalProperties"] is not JsonValue additional || additional.GetValueKind() != JsonValueKind.False)
            {
                violations.Add($"{path}: additionalProperties must be false");
            }

            var properties = (node["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
            var required = (node["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToList() ?? [];
            var missing = properties.Except(required).ToList();
            if (missing.Count > 0 || required.Count != properties.Count)
            {
                violations.Add($"{path}: required must list every property; missing: {string.Join(", ", missing)}");
            }
        }

        if (node["properties"] is JsonObject props)
        {
            foreach ((string name, JsonNode? member) in props)
            {
                Walk(member, $"{path}.properties.{name}", violations);
            }
        }

        Walk(node["items"], path + ".items", violations);
        if (node["additionalProperties"] is JsonObject additionalSchema)
        {
            Walk(additionalSchema, path + ".additionalProperties", violations);
        }

        if (node["anyOf"] is JsonArray anyOf)
        {
            for (int i = 0; i < anyOf.Count; i++)
            {
                Walk(anyOf[i], $"{path}.anyOf[{i}]", violations);
            }
        }

        if (node["$defs"] is JsonObject defs)
        {
            foreach ((string name, JsonNode? definition) in defs)
            {
                Walk(definition, $"{path}.$defs.{name}", violations);
            }
        }
    }
}
