using System.Text.Json.Nodes;
using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.Schema;

/// <summary>
/// Strict mode ([Tool(Strict = true)]): every property is required, optional values become nullable, every object
/// forbids additional properties, and <c>default</c> moves into the description, as OpenAI structured outputs demand.
/// </summary>
public sealed class StrictModeTests
{
    private static readonly IToolSet Tools = new StrictTools();

    private const string IntBounds = "\"minimum\":-2147483648,\"maximum\":2147483647";

    [Fact]
    public void Strict_schema_of_nested_objects_and_arrays()
    {
        AssertSchema(Tools, "place_order", """
            {"type":"object","properties":{
              "order":{"type":"object","properties":{
                  "customer":{"type":"string"},
                  "lines":{"type":"array","items":{"type":"object","properties":{
                      "sku":{"type":"string"},
                      "quantity":{"type":["integer","null"],"description":"Default: 1.",%IntBounds%}},
                    "required":["sku","quantity"],"additionalProperties":false}},
                  "ship_to":{"type":["object","null"],"properties":{
                      "street":{"type":"string"},
                      "city":{"type":"string"},
                      "zip":{"type":["string","null"]},
                      "floor":{"type":["integer","null"],"description":"Default: 0.",%IntBounds%}},
                    "required":["street","city","zip","floor"],"additionalProperties":false},
                  "gift":{"type":["boolean","null"],"description":"Default: false."}},
                "required":["customer","lines","ship_to","gift"],"additionalProperties":false},
              "quantity":{"type":["integer","null"],"description":"Default: 1.",%IntBounds%},
              "note":{"type":["string","null"]},
              "priority":{"type":["string","null"],"description":"Default: \"normal\".","enum":["low","normal","very_high",null]}},
             "required":["order","quantity","note","priority"],"additionalProperties":false}
            """.Replace("%IntBounds%", IntBounds));
    }

    [Fact]
    public void Strict_schema_of_a_recursive_type()
    {
        AssertSchema(Tools, "plant_tree", """
            {"type":"object","properties":{
              "root":{"$ref":"#/$defs/TreeNode"},
              "label":{"type":["string","null"]}},
             "required":["root","label"],"additionalProperties":false,
             "$defs":{"TreeNode":{"type":"object","properties":{
                "name":{"type":"string"},
                "children":{"type":["array","null"],"items":{"$ref":"#/$defs/TreeNode"}}},
              "required":["name","children"],"additionalProperties":false}}}
            """);
    }

    [Fact]
    public void Strict_schema_of_a_class_with_initializers_and_a_flags_default()
    {
        AssertSchema(Tools, "schedule", """
            {"type":"object","properties":{
              "at":{"type":"string","format":"date-time"},
              "owner":{"type":"object","properties":{
                  "name":{"type":"string"},
                  "age":{"type":["integer","null"],"description":"Default: 0.",%IntBounds%},
                  "nickname":{"type":["string","null"],"description":"Default: \"none\"."},
                  "email":{"type":["string","null"]},
                  "tags":{"type":["array","null"],"items":{"type":"string"}},
                  "title":{"type":["string","null"],"description":"Default: \"Mx\"."},
                  "score":{"type":["integer","null"],%IntBounds%},
                  "aliases":{"type":["array","null"],"items":{"type":"string"}}},
                "required":["name","age","nickname","email","tags","title","score","aliases"],"additionalProperties":false},
              "every":{"type":["string","null"],"format":"duration"},
              "permissions":{"type":["array","null"],"description":"Default: [\"read\"].",
                "items":{"type":"string","enum":["none","read","write","execute"]}}},
             "required":["at","owner","every","permissions"],"additionalProperties":false}
            """.Replace("%IntBounds%", IntBounds));
    }

    [Fact]
    public async Task Null_for_an_optional_member_means_its_default()
    {
        await AssertReturns(Tools, "place_order",
            """{"order":{"customer":"Ann","lines":[{"sku":"A","quantity":null}],"ship_to":null,"gift":null},"quantity":null,"note":null,"priority":null}""",
            """{"customer":"Ann|1|-|Normal","lines":[{"sku":"A","quantity":1}],"ship_to":null,"gift":false}""");
        await AssertReturns(Tools, "place_order",
            """{"order":{"customer":"Ann","lines":[],"ship_to":{"street":"S","city":"C","zip":null,"floor":null},"gift":true},"quantity":3,"note":"n","priority":"low"}""",
            """{"customer":"Ann|3|n|Low","lines":[],"ship_to":{"street":"S","city":"C","zip":null,"floor":0},"gift":true}""");
    }

    [Fact]
    public async Task Null_keeps_initializers_that_are_not_constants()
    {
        await AssertReturns(Tools, "schedule",
            """
            {"at":"2025-06-01T09:00:00Z","every":null,"permissions":null,
             "owner":{"name":"Ada","age":null,"nickname":null,"email":null,"tags":null,"title":null,"score":null,"aliases":null}}
            """,
            """{"name":"Ada","age":0,"nickname":"none","email":null,"tags":[],"title":"Mx","score":null,"aliases":["anon"],"display":"Mx Ada"}""");
    }

    [Fact]
    public async Task The_binder_still_accepts_absent_optional_members_although_the_strict_schema_requires_them()
    {
        // Deliberately lenient (see BinderSchemaAgreementTests): an answer that leaves out an optional member gets
        // its default rather than a repair turn. Required members are still required.
        await AssertReturns(Tools, "place_order", """{"order":{"customer":"Ann","lines":[{"sku":"A"}]}}""",
            """{"customer":"Ann|1|-|Normal","lines":[{"sku":"A","quantity":1}],"ship_to":null,"gift":false}""");
        await AssertErrors(Tools, "place_order", """{"order":{"lines":[{}]}}""",
            "$.order.lines[0].sku: missing required property, expected a string",
            "$.order.customer: missing required property, expected a string");
    }

    [Fact]
    public async Task Null_is_still_rejected_for_members_that_are_required_in_csharp()
    {
        await AssertErrors(Tools, "plant_tree", """{"root":{"name":null,"children":null},"label":null}""",
            "$.root.name: expected a string, got null");
        await AssertErrors(Tools, "plant_tree", """{"root":null,"label":null}""",
            "$.root: expected an object, got null");
    }

    [Fact]
    public async Task The_loose_twin_accepts_absent_optional_members()
    {
        await AssertReturns(Tools, "place_order_loose", """{"order":{"customer":"Ann","lines":[{"sku":"A"}]}}""",
            """{"customer":"Ann|1|-|Normal","lines":[{"sku":"A","quantity":1}],"ship_to":null,"gift":false}""");
        await AssertErrors(Tools, "place_order_loose", """{"order":{"customer":"Ann","lines":[],"gift":null},"quantity":null}""",
            "$.order.gift: expected true or false, got null",
            "$.quantity: expected an integer, got null");
    }

    /// <summary>Each strict tool against its loose twin: what is optional there must be nullable here.</summary>
    [Theory]
    [InlineData("place_order")]
    [InlineData("plant_tree")]
    [InlineData("schedule")]
    public void Optional_members_of_the_loose_twin_are_nullable_in_the_strict_schema(string tool)
    {
        JsonNode strict = JsonNode.Parse(Definition(Tools, tool).ParametersSchemaText)!;
        JsonNode loose = JsonNode.Parse(Definition(Tools, tool + "_loose").ParametersSchemaText)!;
        int optionalMembers = CompareObjects(strict, loose, strict, loose, "$", []);
        Assert.True(optionalMembers >= 2, $"{tool} should have optional members to compare, found {optionalMembers}");
    }

    [Fact]
    public void Every_strict_definition_in_the_test_project_obeys_the_strict_rules()
    {
        var strict = SchemaCatalog.Definitions.Where(d => d.Definition.Strict).ToList();
        Assert.Subset(strict.Select(d => d.Definition.Name).ToHashSet(), new HashSet<string> { "place_order", "plant_tree", "schedule" });
        foreach ((Type type, ToolDefinition definition) in strict)
        {
            IReadOnlyList<string> violations = StrictSchemaRules.Check(JsonNode.Parse(definition.ParametersSchemaText)!);
            Assert.True(violations.Count == 0, $"{type.Name}.{definition.Name}:\n{string.Join("\n", violations)}");
        }
    }

    [Fact]
    public void The_strict_rule_checker_finds_violations()
    {
        Assert.Equal(
            [
                "$: additionalProperties must be false",
                "$: required must list every property; missing: b",
                "$.properties.c: additionalProperties must be false",
            ],
            StrictSchemaRules.Check(JsonNode.Parse("""
                {"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"},
                 "c":{"type":"object","additionalProperties":{"type":"string"},"properties":{},"required":[]}},"required":["a","c"]}
                """)!));
        Assert.Empty(StrictSchemaRules.Check(JsonNode.Parse(Definition(Tools, "place_order").ParametersSchemaText)!));
        Assert.NotEmpty(StrictSchemaRules.Check(JsonNode.Parse(Definition(Tools, "place_order_loose").ParametersSchemaText)!));
    }

    // Walks two schemas of the same shape; returns how many optional members were checked.
    private static int CompareObjects(JsonNode strict, JsonNode loose, JsonNode strictRoot, JsonNode looseRoot, string path, HashSet<string> followed)
    {
        if (strict["$ref"] is JsonNode reference && !followed.Add(reference.GetValue<string>()))
        {
            return 0; // a recursive type: already compared
        }

        strict = StrictSchemaRules.Resolve(strict, strictRoot);
        loose = StrictSchemaRules.Resolve(loose, looseRoot);
        int count = 0;
        if (loose["properties"] is JsonObject looseProperties)
        {
            var looseRequired = (loose["required"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()).ToHashSet();
            foreach ((string name, JsonNode? looseMember) in looseProperties)
            {
                JsonNode strictMember = strict["properties"]?[name] ?? throw new Xunit.Sdk.XunitException($"{path}.{name} is missing from the strict schema");
                if (!looseRequired.Contains(name))
                {
                    count++;
                    Assert.True(StrictSchemaRules.AllowsNull(strictMember, strictRoot), $"{path}.{name} is optional, so the strict schema must allow null");
                    Assert.Null(strictMember["default"]);
                    if (looseMember!["default"] is JsonNode looseDefault && looseDefault.GetValueKind() != System.Text.Json.JsonValueKind.Null)
                    {
                        // The default moves into the description, since strict mode has no 'default'.
                        Assert.EndsWith("Default: " + looseDefault.ToJsonString() + ".", strictMember["description"]?.GetValue<string>() ?? "");
                    }
                }

                count += CompareObjects(NonNull(strictMember), NonNull(looseMember!), strictRoot, looseRoot, $"{path}.{name}", followed);
            }
        }

        if (loose["items"] is JsonNode looseItems && strict["items"] is JsonNode strictItems)
        {
            count += CompareObjects(NonNull(strictItems), NonNull(looseItems), strictRoot, looseRoot, path + "[]", followed);
        }

        return count;
    }

    // The non-null branch of an anyOf, or the node itself.
    private static JsonNode NonNull(JsonNode node) =>
        node["anyOf"] is JsonArray anyOf ? anyOf.First(n => n!["type"]?.ToJsonString() != "\"null\"")! : node;
}
