using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table row: JsonElement and JsonNode are any JSON.</summary>
public sealed class JsonValueTests
{
    private static readonly IToolSet Tools = new JsonValueTools();

    [Fact]
    public void Any_json_has_an_empty_schema()
    {
        AssertSchema(Tools, "echo_element", ValueSchema("{}"));
        AssertSchema(Tools, "echo_node", ValueSchema("{}"));
        AssertSchema(Tools, "describe_element", """{"type":"object","properties":{"value":{"default":null}},"additionalProperties":false}""");
    }

    [Fact]
    public void JsonObject_and_JsonArray_narrow_the_type()
    {
        AssertSchema(Tools, "echo_json_object", ValueSchema("""{"type":"object"}"""));
        AssertSchema(Tools, "echo_json_array", ValueSchema("""{"type":"array"}"""));
    }

    [Theory]
    [InlineData("""{"a":[1,true,null,{"b":"c"}],"d":1.50}""")]
    [InlineData("[1,[2,[3]]]")]
    [InlineData("\"text\"")]
    [InlineData("-0.5e3")]
    [InlineData("false")]
    [InlineData("null")]
    public async Task Any_json_round_trips(string value)
    {
        await AssertReturns(Tools, "echo_element", """{"value":%value%}""".Replace("%value%", value), value);
        await AssertReturns(Tools, "echo_node", """{"value":%value%}""".Replace("%value%", value), value);
    }

    [Fact]
    public async Task JsonObject_and_JsonArray_round_trip_and_reject_other_values()
    {
        await AssertReturns(Tools, "echo_json_object", """{"value":{"k":[1,{"x":null}]}}""", """{"k":[1,{"x":null}]}""");
        await AssertReturns(Tools, "echo_json_array", """{"value":[{"k":1},"s"]}""", """[{"k":1},"s"]""");
        await AssertErrors(Tools, "echo_json_object", """{"value":[1]}""", "$.value: expected an object, got an array");
        await AssertErrors(Tools, "echo_json_array", """{"value":{"a":1}}""", "$.value: expected an array, got an object");
    }

    [Fact]
    public async Task The_element_survives_the_call_that_bound_it()
    {
        // The binder reads from a pooled buffer; the element must own its data.
        Assert.Equal("Object", await CallText(Tools, "describe_element", """{"value":{"a":1}}"""));
        Assert.Equal("Array", await CallText(Tools, "describe_element", """{"value":[]}"""));
        Assert.Equal("absent", await CallText(Tools, "describe_element", """{"value":null}"""));
        Assert.Equal("absent", await CallText(Tools, "describe_element", "{}"));
    }

    [Fact]
    public async Task Any_json_is_still_required_when_it_has_no_default()
    {
        await AssertErrors(Tools, "echo_element", "{}", "$.value: missing required property, expected any JSON value");
        await AssertErrors(Tools, "echo_element", """{"value":1,"other":2}""", "$.other: unknown property; expected one of: value");
    }
}
