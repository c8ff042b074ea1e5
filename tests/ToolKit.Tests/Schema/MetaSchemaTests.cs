using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolKit.Tests.Schema;

/// <summary>Every emitted parameters schema is a valid JSON Schema 2020-12 document.</summary>
public sealed class MetaSchemaTests
{
    // The keywords the type table maps to. A typo ("uniqueitem") would pass the meta-schema, which allows unknown keywords.
    private static readonly HashSet<string> KnownKeywords =
    [
        "type", "description", "properties", "required", "additionalProperties", "items", "enum", "default",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems",
        "uniqueItems", "pattern", "format", "$defs", "$ref", "anyOf",
    ];

    private static readonly HashSet<string> KnownFormats = ["date-time", "date", "time", "duration", "uuid", "uri", "email"];

    public static TheoryData<string, string> Definitions => SchemaCatalog.Names;

    [Fact]
    public void Every_tool_type_in_the_test_project_is_covered()
    {
        string[] expected =
        [
            "AnnotationTools", "BoundParameterTools", "CollectionTools", "DateTimeTools", "DictionaryTools", "EnumTools",
            "IdentifierTools", "IntegerTools", "JsonValueTools", "MathTools", "NamingTools", "NullableTools", "NumberTools",
            "ObjectTools", "PrimitiveTools", "RecursiveTools", "ReturnShapeTools", "StrictTools", "TravelTools",
        ];
        Assert.Subset(SchemaCatalog.Definitions.Select(d => d.Type.Name).ToHashSet(), expected.ToHashSet());
        Assert.True(SchemaCatalog.Definitions.Count >= 100, $"only {SchemaCatalog.Definitions.Count} definitions found");
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void The_schema_validates_against_the_2020_12_meta_schema(string type, string tool)
    {
        ToolDefinition definition = SchemaCatalog.Find(type, tool);
        var results = SchemaValidation.EvaluateAgainstMetaSchema(definition.ParametersSchemaText);
        Assert.True(results.IsValid, $"{type}.{tool}: {SchemaValidation.Describe(results)}\n{definition.ParametersSchemaText}");
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void The_schema_is_an_object_schema_built_from_known_keywords_with_resolvable_references(string type, string tool)
    {
        ToolDefinition definition = SchemaCatalog.Find(type, tool);
        JsonNode root = JsonNode.Parse(definition.ParametersSchemaText)!;
        Assert.Equal("object", root["type"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.False, root["additionalProperties"]!.GetValueKind());
        Assert.IsType<JsonObject>(root["properties"]);

        var problems = new List<string>();
        CheckKeywords(root, root, "$", problems);
        Assert.True(problems.Count == 0, $"{type}.{tool}:\n{string.Join("\n", problems)}");

        // And the validator can build and run it.
        Assert.NotNull(SchemaValidation.Build(definition));
    }

    [Theory]
    [InlineData("""{"type":"integr"}""")]
    [InlineData("""{"type":"object","required":"name"}""")]
    [InlineData("""{"type":"string","minLength":-1}""")]
    [InlineData("""{"type":"string","pattern":"(unclosed"}""")]
    [InlineData("""{"type":"object","properties":{"a":5}}""")]
    [InlineData("""{"$defs":{"a":"b"}}""")]
    [InlineData("""{"type":"array","uniqueItems":"yes"}""")]
    public void The_meta_schema_check_rejects_broken_schemas(string schema) =>
        Assert.False(SchemaValidation.EvaluateAgainstMetaSchema(schema).IsValid);

    private static void CheckKeywords(JsonNode? node, JsonNode root, string path, List<string> problems)
    {
        if (node is not JsonObject schema)
        {
            problems.Add($"{path}: a schema must be an object, got {node?.ToJsonString() ?? "null"}");
            return;
        }

        foreach ((string keyword, JsonNode? value) in schema)
        {
            string at = $"{path}.{keyword}";
            if (!KnownKeywords.Contains(keyword))
            {
                problems.Add($"{at}: unexpected keyword");
                continue;
            }

            if (keyword == "$defs" && path != "$")
            {
                problems.Add($"{at}: $defs only belongs at the root");
            }

            switch (keyword)
            {
                case "properties":
                case "$defs":
                    foreach ((string name, JsonNode? member) in value!.AsObject())
                    {
                        CheckKeywords(member, root, $"{at}.{name}", problems);
                    }

                    if (keyword == "properties")
                    {
                        var names = value.AsObject().Select(p => p.Key).ToHashSet();
                        foreach (JsonNode? required in schema["required"]?.AsArray() ?? [])
                        {
                            if (!names.Contains(required!.GetValue<string>()))
                            {
                                problems.Add($"{path}.required: '{required}' is not a property");
                            }
                        }
                    }

                    break;
                case "items":
                case "additionalProperties" when value is JsonObject:
                    CheckKeywords(value, root, at, problems);
                    break;
                case "anyOf":
                    foreach (JsonNode? branch in value!.AsArray())
                    {
                        CheckKeywords(branch, root, at, problems);
                    }

                    break;
                case "$ref":
                    string target = value!.GetValue<string>();
                    if (!target.StartsWith("#/$defs/", StringComparison.Ordinal) || root["$defs"]?[target["#/$defs/".Length..]] is null)
                    {
                        problems.Add($"{at}: '{target}' does not resolve");
                    }

                    break;
                case "format":
                    if (!KnownFormats.Contains(value!.GetValue<string>()))
                    {
                        problems.Add($"{at}: unexpected format '{value}'");
                    }

                    break;
            }
        }
    }
}
