using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>
/// Type table row: T[], List&lt;T&gt;, IList&lt;T&gt;, IReadOnlyList&lt;T&gt;, IEnumerable&lt;T&gt;, ISet&lt;T&gt; and
/// HashSet&lt;T&gt; are arrays of T; sets have uniqueItems.
/// </summary>
public sealed class CollectionTests
{
    private static readonly IToolSet Tools = new CollectionTools();

    private const string Int = """{"type":"integer","minimum":-2147483648,"maximum":2147483647}""";

    [Fact]
    public void Schemas_are_arrays_of_the_item_schema()
    {
        AssertSchema(Tools, "echo_array", ValueSchema("""{"type":"array","items":%Int%}""".Replace("%Int%", Int)));
        AssertSchema(Tools, "echo_list", ValueSchema("""{"type":"array","items":{"type":"string"}}"""));
        AssertSchema(Tools, "echo_i_list", ValueSchema("""{"type":"array","items":%Int%}""".Replace("%Int%", Int)));
        AssertSchema(Tools, "echo_read_only_list", ValueSchema("""{"type":"array","items":{"type":"number"}}"""));
        AssertSchema(Tools, "echo_enumerable", ValueSchema("""{"type":"array","items":%Int%}""".Replace("%Int%", Int)));
        AssertSchema(Tools, "echo_nested_lists", ValueSchema("""{"type":"array","items":{"type":"array","items":%Int%}}""".Replace("%Int%", Int)));
        AssertSchema(Tools, "echo_points", ValueSchema("""
            {"type":"array","items":{"type":"object","properties":{"x":%Int%,"y":%Int%},"required":["x","y"],"additionalProperties":false}}
            """.Replace("%Int%", Int)));
    }

    [Fact]
    public void Sets_have_unique_items()
    {
        AssertSchema(Tools, "echo_set", ValueSchema("""{"type":"array","items":{"type":"string"},"uniqueItems":true}"""));
        AssertSchema(Tools, "echo_hash_set", ValueSchema("""{"type":"array","items":%Int%,"uniqueItems":true}""".Replace("%Int%", Int)));
    }

    [Fact]
    public void An_optional_collection_defaults_to_null()
    {
        AssertSchema(Tools, "count_items", """
            {"type":"object","properties":{"items":{"type":["array","null"],"items":{"type":"string"},"default":null}},"additionalProperties":false}
            """);
    }

    [Theory]
    [InlineData("echo_array", "[3,1,2]")]
    [InlineData("echo_array", "[]")]
    [InlineData("echo_list", """["b","a","b"]""")]
    [InlineData("echo_i_list", "[1,1,2]")]
    [InlineData("echo_read_only_list", "[0.5,-1,2]")]
    [InlineData("echo_enumerable", "[5,4]")]
    [InlineData("echo_set", """["x","y"]""")]
    [InlineData("echo_hash_set", "[10,20,30]")]
    [InlineData("echo_nested_lists", "[[1,2],[],[3]]")]
    [InlineData("echo_points", """[{"x":1,"y":2},{"x":-3,"y":4}]""")]
    public async Task Collections_round_trip_in_order(string tool, string items) =>
        await AssertReturns(Tools, tool, """{"value":%items%}""".Replace("%items%", items), items);

    [Fact]
    public async Task The_binder_builds_the_declared_collection()
    {
        Assert.Equal("Int32[]|List`1|List`1|HashSet`1",
            await CallText(Tools, "collection_kinds", """{"array":[1],"list":[2],"sequence":[3],"set":[4]}"""));
        Assert.Equal("-1", await CallJson(Tools, "count_items", "{}"));
        Assert.Equal("2", await CallJson(Tools, "count_items", """{"items":["a","b"]}"""));
    }

    [Fact]
    public async Task Duplicate_set_items_are_rejected_at_their_index()
    {
        await AssertErrors(Tools, "echo_set", """{"value":["a","b","a"]}""", "$.value[2]: duplicate item; the items must be unique");
        await AssertErrors(Tools, "echo_hash_set", """{"value":[1,2,1.0,2]}""",
            "$.value[2]: duplicate item; the items must be unique",
            "$.value[3]: duplicate item; the items must be unique");
    }

    [Fact]
    public async Task Bad_items_are_reported_at_their_index()
    {
        await AssertErrors(Tools, "echo_array", """{"value":[1,"two",3,null]}""",
            "$.value[1]: expected an integer, got \"two\"",
            "$.value[3]: expected an integer, got null");
        await AssertErrors(Tools, "echo_nested_lists", """{"value":[[1],[2,"x"],3]}""",
            "$.value[1][1]: expected an integer, got \"x\"",
            "$.value[2]: expected an array, got 3");
        await AssertErrors(Tools, "echo_points", """{"value":[{"x":1,"y":2},{"x":1}]}""",
            "$.value[1].y: missing required property, expected an integer");
    }

    [Theory]
    [InlineData("echo_array", "an integer")]
    [InlineData("echo_list", "a string")]
    [InlineData("echo_i_list", "an integer")]
    [InlineData("echo_read_only_list", "a number")]
    [InlineData("echo_enumerable", "an integer")]
    [InlineData("echo_set", "a string")]
    [InlineData("echo_hash_set", "an integer")]
    [InlineData("echo_nested_lists", "an array")]
    [InlineData("echo_points", "an object")]
    public async Task Every_collection_checks_its_items(string tool, string expected) =>
        await AssertErrors(Tools, tool, """{"value":[true]}""", $"$.value[0]: expected {expected}, got true");

    [Fact]
    public async Task A_non_array_is_rejected()
    {
        await AssertErrors(Tools, "echo_list", """{"value":"a,b"}""", "$.value: expected an array, got \"a,b\"");
        await AssertErrors(Tools, "echo_set", """{"value":{"a":1}}""", "$.value: expected an array of unique items, got an object");
        await AssertErrors(Tools, "echo_array", """{"value":null}""", "$.value: expected an array, got null");
    }
}
