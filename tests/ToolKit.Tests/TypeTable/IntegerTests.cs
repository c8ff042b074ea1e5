using System.Globalization;
using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table row: sbyte…ulong and nint are integers with the min/max of the type.</summary>
public sealed class IntegerTests
{
    private static readonly IToolSet Tools = new IntegerTools();

    public static TheoryData<string, string, string> Ranges => new()
    {
        // tool, minimum, maximum (nint and nuint: this 64-bit process)
        { "echo_sbyte", "-128", "127" },
        { "echo_byte", "0", "255" },
        { "echo_short", "-32768", "32767" },
        { "echo_ushort", "0", "65535" },
        { "echo_int", "-2147483648", "2147483647" },
        { "echo_uint", "0", "4294967295" },
        { "echo_long", "-9223372036854775808", "9223372036854775807" },
        { "echo_ulong", "0", "18446744073709551615" },
        { "echo_nint", "-9223372036854775808", "9223372036854775807" },
        { "echo_nuint", "0", "18446744073709551615" },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void The_schema_is_an_integer_bounded_by_the_type(string tool, string min, string max) =>
        AssertSchema(Tools, tool, ValueSchema("""{"type":"integer","minimum":%min%,"maximum":%max%}""".Replace("%min%", min).Replace("%max%", max)));

    [Theory]
    [MemberData(nameof(Ranges))]
    public async Task Both_ends_of_the_range_round_trip(string tool, string min, string max)
    {
        Assert.True(IntPtr.Size == 8, "the nint rows assume a 64-bit process");
        await AssertReturns(Tools, tool, """{"value":%min%}""".Replace("%min%", min), min);
        await AssertReturns(Tools, tool, """{"value":%max%}""".Replace("%max%", max), max);
        await AssertReturns(Tools, tool, """{"value":7}""", "7");
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public async Task One_past_either_end_is_out_of_range(string tool, string min, string max)
    {
        string below = (decimal.Parse(min, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
        string above = (decimal.Parse(max, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        string expected = tool is "echo_int" or "echo_long" or "echo_nint"
            ? "an integer"
            : $"an integer from {min} to {max}";
        await AssertErrors(Tools, tool, """{"value":%below%}""".Replace("%below%", below), $"$.value: expected {expected}, got {below}");
        await AssertErrors(Tools, tool, """{"value":%above%}""".Replace("%above%", above), $"$.value: expected {expected}, got {above}");
    }

    [Fact]
    public async Task Whole_numbers_written_as_decimals_or_exponents_are_integers_as_in_json_schema()
    {
        await AssertReturns(Tools, "echo_int", """{"value":3.0}""", "3");
        await AssertReturns(Tools, "echo_int", """{"value":1e2}""", "100");
        await AssertReturns(Tools, "echo_byte", """{"value":2.50e1}""", "25");
        await AssertReturns(Tools, "echo_ulong", """{"value":1.8446744073709551615e19}""", "18446744073709551615");
    }

    [Fact]
    public async Task Fractions_strings_and_other_tokens_are_rejected()
    {
        await AssertErrors(Tools, "echo_int", """{"value":1.5}""", "$.value: expected an integer, got 1.5");
        await AssertErrors(Tools, "echo_int", """{"value":"12"}""", "$.value: expected an integer, got \"12\"");
        await AssertErrors(Tools, "echo_int", """{"value":true}""", "$.value: expected an integer, got true");
        await AssertErrors(Tools, "echo_int", """{"value":null}""", "$.value: expected an integer, got null");
        await AssertErrors(Tools, "echo_byte", """{"value":-1}""", "$.value: expected an integer from 0 to 255, got -1");
        await AssertErrors(Tools, "echo_ulong", """{"value":-1}""", "$.value: expected an integer from 0 to 18446744073709551615, got -1");
        await AssertErrors(Tools, "echo_sbyte", """{"value":[1]}""", "$.value: expected an integer from -128 to 127, got an array");
        await AssertErrors(Tools, "echo_long", """{"value":1e300}""", "$.value: expected an integer, got 1e300");
    }

    [Fact]
    public async Task Integer_defaults_are_in_the_schema_and_apply_when_absent()
    {
        AssertSchema(Tools, "integer_defaults", """
            {"type":"object","properties":{
              "small":{"type":"integer","minimum":-128,"maximum":127,"default":-5},
              "medium":{"type":"integer","minimum":0,"maximum":65535,"default":600},
              "large":{"type":"integer","minimum":-9223372036854775808,"maximum":9223372036854775807,"default":9000000000},
              "huge":{"type":"integer","minimum":0,"maximum":18446744073709551615,"default":18000000000000000000}},
             "additionalProperties":false}
            """);
        await AssertReturns(Tools, "integer_defaults", "{}", (-5 + 600 + 9_000_000_000L + 18_000_000L).ToString(CultureInfo.InvariantCulture));
        await AssertReturns(Tools, "integer_defaults", """{"small":0,"medium":0,"large":0,"huge":0}""", "0");
    }
}
