using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table row: float, double and decimal are numbers.</summary>
public sealed class NumberTests
{
    private static readonly IToolSet Tools = new NumberTools();

    [Theory]
    [InlineData("echo_float")]
    [InlineData("echo_double")]
    [InlineData("echo_decimal")]
    public void The_schema_is_a_number(string tool) =>
        AssertSchema(Tools, tool, ValueSchema("""{"type":"number"}"""));

    [Theory]
    [InlineData("echo_float", "1.5", "1.5")]
    [InlineData("echo_float", "-0.25", "-0.25")]
    [InlineData("echo_float", "3", "3")]
    [InlineData("echo_double", "0.1", "0.1")]
    [InlineData("echo_double", "-1.7976931348623157e308", "-1.7976931348623157E+308")]
    [InlineData("echo_double", "12345678901234567", "12345678901234568")]
    [InlineData("echo_decimal", "0.10", "0.10")]
    [InlineData("echo_decimal", "79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("echo_decimal", "-0.0000000000000000000000000001", "-0.0000000000000000000000000001")]
    public async Task Numbers_round_trip(string tool, string sent, string returned) =>
        Assert.Equal(returned, await CallJson(Tools, tool, """{"value":%sent%}""".Replace("%sent%", sent)));

    [Fact]
    public async Task Non_numbers_are_rejected()
    {
        await AssertErrors(Tools, "echo_double", """{"value":"1.5"}""", "$.value: expected a number, got \"1.5\"");
        await AssertErrors(Tools, "echo_float", """{"value":false}""", "$.value: expected a number, got false");
        await AssertErrors(Tools, "echo_decimal", """{"value":null}""", "$.value: expected a number, got null");
        await AssertErrors(Tools, "echo_decimal", """{"value":{}}""", "$.value: expected a number, got an object");
    }

    [Fact]
    public async Task Numbers_the_type_cannot_hold_are_rejected_rather_than_rounded_to_infinity()
    {
        Assert.Equal(ToolErrorKind.InvalidArguments, (await Call(Tools, "echo_float", """{"value":1e39}""")).ErrorKind);
        Assert.Equal(ToolErrorKind.InvalidArguments, (await Call(Tools, "echo_double", """{"value":1e309}""")).ErrorKind);
        Assert.Equal(ToolErrorKind.InvalidArguments, (await Call(Tools, "echo_decimal", """{"value":1e29}""")).ErrorKind);
    }

    [Fact]
    public async Task Number_defaults_are_in_the_schema_and_apply_when_absent()
    {
        AssertSchema(Tools, "number_defaults", """
            {"type":"object","properties":{
              "ratio":{"type":"number","default":0.5},
              "scale":{"type":"number","default":-2.25},
              "price":{"type":"number","default":19.99}},
             "additionalProperties":false}
            """);
        Assert.Equal("0.5|-2.25|19.99", await CallText(Tools, "number_defaults", "{}"));
        Assert.Equal("0.5|3|19.99", await CallText(Tools, "number_defaults", """{"scale":3}"""));
    }
}
