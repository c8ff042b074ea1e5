using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table row: recursive types go to $defs and are referenced with $ref.</summary>
public sealed class RecursiveTypeTests
{
    private static readonly IToolSet Tools = new RecursiveTools();

    [Fact]
    public void A_self_referencing_record_is_defined_once_and_referenced()
    {
        AssertSchema(Tools, "echo_tree", """
            {"type":"object","properties":{"root":{"$ref":"#/$defs/TreeNode"}},
             "required":["root"],"additionalProperties":false,
             "$defs":{"TreeNode":{"type":"object","properties":{
                "name":{"type":"string"},
                "children":{"type":["array","null"],"items":{"$ref":"#/$defs/TreeNode"},"default":null}},
              "required":["name"],"additionalProperties":false}}}
            """);
    }

    [Fact]
    public void A_nullable_self_reference_is_any_of_the_reference_and_null()
    {
        AssertSchema(Tools, "sum_chain", """
            {"type":"object","properties":{"chain":{"$ref":"#/$defs/Chain"}},
             "required":["chain"],"additionalProperties":false,
             "$defs":{"Chain":{"type":"object","properties":{
                "value":{"type":"integer","minimum":-2147483648,"maximum":2147483647},
                "next":{"anyOf":[{"$ref":"#/$defs/Chain"},{"type":"null"}],"default":null}},
              "required":["value"],"additionalProperties":false}}}
            """);
    }

    [Fact]
    public void Mutually_recursive_types_are_both_defined()
    {
        AssertSchema(Tools, "echo_folder", """
            {"type":"object","properties":{"folder":{"$ref":"#/$defs/Folder"}},
             "required":["folder"],"additionalProperties":false,
             "$defs":{
              "Document":{"type":"object","properties":{
                "title":{"type":"string"},
                "parent":{"anyOf":[{"$ref":"#/$defs/Folder"},{"type":"null"}],"default":null}},
               "required":["title"],"additionalProperties":false},
              "Folder":{"type":"object","properties":{
                "name":{"type":"string"},
                "documents":{"type":"array","items":{"$ref":"#/$defs/Document"}}},
               "required":["name","documents"],"additionalProperties":false}}}
            """);
    }

    [Fact]
    public async Task Recursive_values_round_trip()
    {
        await AssertReturns(Tools, "echo_tree",
            """{"root":{"name":"a","children":[{"name":"b"},{"name":"c","children":[{"name":"d","children":[]}]}]}}""",
            """{"name":"a","children":[{"name":"b","children":null},{"name":"c","children":[{"name":"d","children":[]}]}]}""");
        Assert.Equal("6", await CallJson(Tools, "sum_chain", """{"chain":{"value":1,"next":{"value":2,"next":{"value":3,"next":null}}}}"""));
        await AssertReturns(Tools, "echo_folder",
            """{"folder":{"name":"root","documents":[{"title":"x","parent":{"name":"up","documents":[]}}]}}""",
            """{"name":"root","documents":[{"title":"x","parent":{"name":"up","documents":[]}}]}""");
    }

    [Fact]
    public async Task Errors_deep_in_a_recursive_value_name_the_full_path()
    {
        await AssertErrors(Tools, "echo_tree", """{"root":{"name":"a","children":[{"name":"b"},{"name":"c","children":[{"name":5},{"title":"x"}]}]}}""",
            "$.root.children[1].children[0].name: expected a string, got 5",
            "$.root.children[1].children[1].title: unknown property; expected one of: name, children",
            "$.root.children[1].children[1].name: missing required property, expected a string");
        await AssertErrors(Tools, "sum_chain", """{"chain":{"value":1,"next":{"value":"2"}}}""",
            "$.chain.next.value: expected an integer, got \"2\"");
    }
}
