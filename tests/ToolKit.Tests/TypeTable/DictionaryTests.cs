using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table row: Dictionary&lt;string,T&gt; and IReadOnlyDictionary&lt;string,T&gt; are objects with additionalProperties: T.</summary>
public sealed class DictionaryTests
{
    private static readonly IToolSet Tools = new DictionaryTools();

    private const string Int = """{"type":"integer","minimum":-2147483648,"maximum":2147483647}""";

    [Fact]
    public void Schemas_are_objects_whose_additional_properties_have_the_value_schema()
    {
        AssertSchema(Tools, "echo_dictionary", ValueSchema("""{"type":"object","additionalProperties":%Int%}""".Replace("%Int%", Int)));
        AssertSchema(Tools, "echo_read_only_dictionary", ValueSchema("""{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}"""));
        AssertSchema(Tools, "echo_point_map", ValueSchema("""
            {"type":"object","additionalProperties":{"type":["object","null"],"properties":{"x":%Int%,"y":%Int%},"required":["x","y"],"additionalProperties":false}}
            """.Replace("%Int%", Int)));
    }

    [Theory]
    [InlineData("echo_dictionary", """{"a":1,"b c":2,"":3}""")]
    [InlineData("echo_dictionary", "{}")]
    [InlineData("echo_read_only_dictionary", """{"fruit":["apple","pear"],"none":[]}""")]
    [InlineData("echo_point_map", """{"origin":{"x":0,"y":0},"nowhere":null}""")]
    public async Task Dictionaries_round_trip(string tool, string map) =>
        await AssertReturns(Tools, tool, """{"value":%map%}""".Replace("%map%", map), map);

    [Fact]
    public async Task Bad_values_are_reported_under_their_key()
    {
        await AssertErrors(Tools, "echo_dictionary", """{"value":{"a":"x","b":2,"c d":1.5,"e'f":null}}""",
            "$.value.a: expected an integer, got \"x\"",
            "$.value['c d']: expected an integer, got 1.5",
            "$.value['e\\'f']: expected an integer, got null");
        await AssertErrors(Tools, "echo_read_only_dictionary", """{"value":{"k":["a",1]}}""",
            "$.value.k[1]: expected a string, got 1");
        await AssertErrors(Tools, "echo_point_map", """{"value":{"p":{"x":1,"y":2,"z":3}}}""",
            "$.value.p.z: unknown property; expected one of: x, y");
    }

    [Fact]
    public async Task A_non_object_is_rejected()
    {
        await AssertErrors(Tools, "echo_dictionary", """{"value":[["a",1]]}""", "$.value: expected an object, got an array");
        await AssertErrors(Tools, "echo_dictionary", """{"value":null}""", "$.value: expected an object, got null");
    }
}
