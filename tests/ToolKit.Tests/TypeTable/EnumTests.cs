using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>
/// Type table row: an enum is a string with an enum of member names (snake_case, or [JsonStringEnumMemberName]);
/// a [Flags] enum is an array of them.
/// </summary>
public sealed class EnumTests
{
    private static readonly IToolSet Tools = new EnumTools();

    private const string PriorityNames = "\"low\",\"normal\",\"very_high\"";
    private const string PermissionNames = "\"none\",\"read\",\"write\",\"execute\"";

    [Fact]
    public void Schemas_list_the_member_names()
    {
        AssertSchema(Tools, "echo_priority", ValueSchema("""{"type":"string","enum":[%PriorityNames%]}""".Replace("%PriorityNames%", PriorityNames)));
        AssertSchema(Tools, "echo_shade", ValueSchema("""{"type":"string","enum":["light-grey","NAVY","brick_red"]}"""));
        AssertSchema(Tools, "echo_permissions", ValueSchema("""{"type":"array","items":{"type":"string","enum":[%PermissionNames%]}}""".Replace("%PermissionNames%", PermissionNames)));
        AssertSchema(Tools, "echo_priorities", ValueSchema("""{"type":"array","items":{"type":"string","enum":[%PriorityNames%]}}""".Replace("%PriorityNames%", PriorityNames)));
    }

    [Fact]
    public void Enum_defaults_are_written_as_names_and_flags_defaults_as_arrays_of_names()
    {
        AssertSchema(Tools, "enum_defaults", """
            {"type":"object","properties":{
              "priority":{"type":"string","enum":[%PriorityNames%],"default":"very_high"},
              "shade":{"type":"string","enum":["light-grey","NAVY","brick_red"],"default":"light-grey"},
              "permissions":{"type":"array","items":{"type":"string","enum":[%PermissionNames%]},"default":["read","write"]}},
             "additionalProperties":false}
            """.Replace("%PriorityNames%", PriorityNames).Replace("%PermissionNames%", PermissionNames));
    }

    [Theory]
    [InlineData("echo_priority", "\"low\"")]
    [InlineData("echo_priority", "\"very_high\"")]
    [InlineData("echo_shade", "\"light-grey\"")]
    [InlineData("echo_shade", "\"NAVY\"")]
    [InlineData("echo_shade", "\"brick_red\"")]
    public async Task Enum_names_round_trip(string tool, string name) =>
        await AssertReturns(Tools, tool, """{"value":%name%}""".Replace("%name%", name), name);

    [Fact]
    public async Task Flags_combine_the_names_sent_and_are_written_back_as_the_set_bits()
    {
        await AssertReturns(Tools, "echo_permissions", """{"value":["read","execute"]}""", """["read","execute"]""");
        await AssertReturns(Tools, "echo_permissions", """{"value":["execute","read","read"]}""", """["read","execute"]""");
        await AssertReturns(Tools, "echo_permissions", """{"value":[]}""", "[]");
        await AssertReturns(Tools, "echo_permissions", """{"value":["none"]}""", "[]");
        await AssertReturns(Tools, "echo_priorities", """{"value":["normal","low"]}""", """["normal","low"]""");
    }

    [Fact]
    public async Task Defaults_apply_when_absent()
    {
        Assert.Equal("VeryHigh|LightGrey|Read, Write", await CallText(Tools, "enum_defaults", "{}"));
        Assert.Equal("Low|DarkBlue|Execute", await CallText(Tools, "enum_defaults", """{"priority":"low","shade":"NAVY","permissions":["execute"]}"""));
    }

    [Fact]
    public async Task Unknown_names_numbers_and_wrong_casing_are_rejected()
    {
        const string expected = "one of \"low\", \"normal\", \"very_high\"";
        await AssertErrors(Tools, "echo_priority", """{"value":"urgent"}""", $"$.value: expected {expected}, got \"urgent\"");
        await AssertErrors(Tools, "echo_priority", """{"value":"Low"}""", $"$.value: expected {expected}, got \"Low\"");
        await AssertErrors(Tools, "echo_priority", """{"value":"VeryHigh"}""", $"$.value: expected {expected}, got \"VeryHigh\"");
        await AssertErrors(Tools, "echo_priority", """{"value":1}""", $"$.value: expected {expected}, got 1");
        await AssertErrors(Tools, "echo_priority", """{"value":null}""", $"$.value: expected {expected}, got null");
    }

    [Fact]
    public async Task An_overridden_name_replaces_the_member_name()
    {
        const string expected = "one of \"light-grey\", \"NAVY\", \"brick_red\"";
        await AssertErrors(Tools, "echo_shade", """{"value":"dark_blue"}""", $"$.value: expected {expected}, got \"dark_blue\"");
        await AssertErrors(Tools, "echo_shade", """{"value":"light_grey"}""", $"$.value: expected {expected}, got \"light_grey\"");
    }

    [Fact]
    public async Task Flags_need_an_array_of_known_names()
    {
        const string names = "one of \"none\", \"read\", \"write\", \"execute\"";
        await AssertErrors(Tools, "echo_permissions", """{"value":"read"}""", $"$.value: expected an array of {names}, got \"read\"");
        await AssertErrors(Tools, "echo_permissions", """{"value":3}""", $"$.value: expected an array of {names}, got 3");
        await AssertErrors(Tools, "echo_permissions", """{"value":["read","delete",2]}""",
            $"$.value[1]: expected {names}, got \"delete\"",
            $"$.value[2]: expected {names}, got 2");
        await AssertErrors(Tools, "echo_priorities", """{"value":["low","high"]}""",
            "$.value[1]: expected one of \"low\", \"normal\", \"very_high\", got \"high\"");
    }
}
