using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table row: T? and nullable reference types are <c>type: [T, "null"]</c>.</summary>
public sealed class NullableTests
{
    private static readonly IToolSet Tools = new NullableTools();

    private const string IntBounds = "\"minimum\":-2147483648,\"maximum\":2147483647";

    [Fact]
    public void Nullable_parameters_without_defaults_are_nullable_and_still_required()
    {
        AssertSchema(Tools, "echo_nullables", """
            {"type":"object","properties":{
              "number":{"type":["integer","null"],%IntBounds%},
              "text":{"type":["string","null"]},
              "priority":{"type":["string","null"],"enum":["low","normal","very_high",null]},
              "permissions":{"type":["array","null"],"items":{"type":"string","enum":["none","read","write","execute"]}},
              "day":{"type":["string","null"],"format":"date"},
              "point":{"type":["object","null"],
                "properties":{"x":{"type":"integer",%IntBounds%},"y":{"type":"integer",%IntBounds%}},
                "required":["x","y"],"additionalProperties":false},
              "size":{"type":["object","null"],
                "properties":{"width":{"type":"integer",%IntBounds%,"default":0},"height":{"type":"integer",%IntBounds%,"default":0}},
                "additionalProperties":false},
              "tags":{"type":["array","null"],"items":{"type":["string","null"]}}},
             "required":["number","text","priority","permissions","day","point","size","tags"],
             "additionalProperties":false}
            """.Replace("%IntBounds%", IntBounds));
    }

    [Fact]
    public void Nullable_parameters_with_defaults_are_optional_with_a_null_default()
    {
        AssertSchema(Tools, "optional_nullables", """
            {"type":"object","properties":{
              "count":{"type":["integer","null"],%IntBounds%,"default":null},
              "note":{"type":["string","null"],"default":null},
              "point":{"type":["object","null"],
                "properties":{"x":{"type":"integer",%IntBounds%},"y":{"type":"integer",%IntBounds%}},
                "required":["x","y"],"additionalProperties":false,"default":null}},
             "additionalProperties":false}
            """.Replace("%IntBounds%", IntBounds));
    }

    [Fact]
    public async Task Null_binds_as_null_and_is_written_as_null()
    {
        const string allNull = """{"number":null,"text":null,"priority":null,"permissions":null,"day":null,"point":null,"size":null,"tags":null}""";
        await AssertReturns(Tools, "echo_nullables", allNull, allNull);
    }

    [Fact]
    public async Task Values_bind_through_the_nullable_wrapper()
    {
        const string values = """
            {"number":-4,"text":"t","priority":"very_high","permissions":["write"],"day":"2024-02-29",
             "point":{"x":1,"y":2},"size":{"width":3,"height":4},"tags":["a",null,"c"]}
            """;
        await AssertReturns(Tools, "echo_nullables", values, values);
        await AssertReturns(Tools, "echo_nullable_int", """{"value":null}""", "null");
        await AssertReturns(Tools, "echo_nullable_int", """{"value":5}""", "5");
    }

    [Fact]
    public async Task Optional_nullables_default_to_null()
    {
        Assert.Equal("no count|no note|no point", await CallText(Tools, "optional_nullables", "{}"));
        Assert.Equal("no count|no note|no point", await CallText(Tools, "optional_nullables", """{"count":null,"note":null,"point":null}"""));
        Assert.Equal("3|n|1,2", await CallText(Tools, "optional_nullables", """{"count":3,"note":"n","point":{"x":1,"y":2}}"""));
    }

    [Fact]
    public async Task A_nullable_value_must_still_be_sent_when_it_has_no_default()
    {
        await AssertErrors(Tools, "echo_nullable_int", "{}", "$.value: missing required property, expected an integer or null");
    }

    [Fact]
    public async Task Wrong_types_name_null_as_an_alternative()
    {
        await AssertErrors(Tools, "echo_nullable_int", """{"value":"5"}""", "$.value: expected an integer or null, got \"5\"");
        await AssertErrors(Tools, "optional_nullables", """{"note":5,"point":[1,2]}""",
            "$.note: expected a string or null, got 5",
            "$.point: expected an object or null, got an array");
    }

    [Fact]
    public async Task Null_is_rejected_where_the_type_is_not_nullable()
    {
        await AssertErrors(Tools, "optional_nullables", """{"point":{"x":null,"y":1}}""", "$.point.x: expected an integer, got null");
        await AssertErrors(new IntegerTools(), "echo_int", """{"value":null}""", "$.value: expected an integer, got null");
    }
}
