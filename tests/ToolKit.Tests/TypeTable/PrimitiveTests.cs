using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table rows: string, char (minLength/maxLength 1) and bool.</summary>
public sealed class PrimitiveTests
{
    private static readonly IToolSet Tools = new PrimitiveTools();

    [Fact]
    public void Schemas_follow_the_type_table()
    {
        AssertSchema(Tools, "echo_string", ValueSchema("""{"type":"string"}"""));
        AssertSchema(Tools, "echo_char", ValueSchema("""{"type":"string","minLength":1,"maxLength":1}"""));
        AssertSchema(Tools, "echo_bool", ValueSchema("""{"type":"boolean"}"""));
        AssertSchema(Tools, "primitive_defaults", """
            {"type":"object","properties":{
              "text":{"type":"string","default":"hi"},
              "letter":{"type":"string","minLength":1,"maxLength":1,"default":"z"},
              "flag":{"type":"boolean","default":true}},
             "additionalProperties":false}
            """);
    }

    [Theory]
    [InlineData("""{"value":"Paris"}""", "Paris")]
    [InlineData("""{"value":""}""", "")]
    [InlineData("""{"value":"line\nbreak \"quoted\" \u00e9 \ud83d\ude00"}""", "line\nbreak \"quoted\" é 😀")]
    public async Task A_string_binds_and_a_string_result_is_passed_through_as_text(string arguments, string expected) =>
        Assert.Equal(expected, await CallText(Tools, "echo_string", arguments));

    [Fact]
    public async Task Char_and_bool_round_trip_as_json()
    {
        await AssertReturns(Tools, "echo_char", """{"value":"x"}""", "\"x\"");
        await AssertReturns(Tools, "echo_char", """{"value":"\""}""", "\"\\\"\"");
        await AssertReturns(Tools, "echo_bool", """{"value":true}""", "true");
        await AssertReturns(Tools, "echo_bool", """{"value":false}""", "false");
        await AssertReturns(Tools, "echo_primitives", """{"text":"a<b>&'c'","letter":"é","flag":false}""",
            """{"text":"a<b>&'c'","letter":"é","flag":false}""");
    }

    [Fact]
    public async Task Defaults_apply_when_arguments_are_absent()
    {
        await AssertReturns(Tools, "primitive_defaults", "{}", """{"text":"hi","letter":"z","flag":true}""");
        await AssertReturns(Tools, "primitive_defaults", """{"flag":false}""", """{"text":"hi","letter":"z","flag":false}""");
    }

    [Fact]
    public async Task Wrong_types_are_rejected_with_path_expected_and_found()
    {
        await AssertErrors(Tools, "echo_string", """{"value":5}""", "$.value: expected a string, got 5");
        await AssertErrors(Tools, "echo_string", """{"value":null}""", "$.value: expected a string, got null");
        await AssertErrors(Tools, "echo_string", """{"value":["a"]}""", "$.value: expected a string, got an array");
        await AssertErrors(Tools, "echo_string", """{"value":{"a":1}}""", "$.value: expected a string, got an object");
        await AssertErrors(Tools, "echo_char", """{"value":"ab"}""", "$.value: expected a string of exactly 1 character, got \"ab\"");
        await AssertErrors(Tools, "echo_char", """{"value":""}""", "$.value: expected a string of exactly 1 character, got \"\"");
        await AssertErrors(Tools, "echo_char", """{"value":7}""", "$.value: expected a string of exactly 1 character, got 7");
        await AssertErrors(Tools, "echo_bool", """{"value":"true"}""", "$.value: expected true or false, got \"true\"");
        await AssertErrors(Tools, "echo_bool", """{"value":1}""", "$.value: expected true or false, got 1");
    }

    [Fact]
    public async Task Missing_and_unknown_properties_are_rejected()
    {
        await AssertErrors(Tools, "echo_string", "{}", "$.value: missing required property, expected a string");
        await AssertErrors(Tools, "echo_bool", """{"value":true,"extra":1}""", "$.extra: unknown property; expected one of: value");
        await AssertErrors(Tools, "echo_primitives", """{"Text":"a"}""",
            "$.Text: unknown property; expected one of: text, letter, flag",
            "$.text: missing required property, expected a string",
            "$.letter: missing required property, expected a string of exactly 1 character",
            "$.flag: missing required property, expected true or false");
    }

    [Fact]
    public async Task Every_error_is_collected_not_just_the_first()
    {
        await AssertErrors(Tools, "echo_primitives", """{"text":1,"letter":"ab","flag":"no"}""",
            "$.text: expected a string, got 1",
            "$.letter: expected a string of exactly 1 character, got \"ab\"",
            "$.flag: expected true or false, got \"no\"");
    }
}
