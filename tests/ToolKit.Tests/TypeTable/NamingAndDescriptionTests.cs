using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Tool names, snake_case parameter names, [JsonPropertyName] and descriptions (XML docs and [Description]).</summary>
public sealed class NamingAndDescriptionTests
{
    private static readonly IToolSet Tools = new NamingTools();

    [Fact]
    public void Tool_names_are_snake_case_without_Async_unless_named_explicitly()
    {
        Assert.Equal(
            ["get_http_status", "custom-name_1", "lookup", "echo_item", "documented", "attributed", "tool_attribute_wins"],
            Tools.Definitions.Select(d => d.Name));
        Assert.All(Tools.Definitions, d => Assert.Matches("^[a-zA-Z0-9_-]{1,64}$", d.Name));
    }

    [Fact]
    public async Task Parameter_names_are_snake_case()
    {
        AssertSchema(Tools, "get_http_status", """
            {"type":"object","properties":{"status_code":{"type":"integer","minimum":-2147483648,"maximum":2147483647}},"required":["status_code"],"additionalProperties":false}
            """);
        AssertSchema(Tools, "lookup", """
            {"type":"object","properties":{
              "search_query":{"type":"string"},
              "max_hits":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"default":5},
              "class":{"type":"string","default":"any"},
              "is_html_page":{"type":"boolean","default":false}},
             "required":["search_query"],"additionalProperties":false}
            """);
        Assert.Equal("status 404", await CallText(Tools, "get_http_status", """{"status_code":404}"""));
        Assert.Equal("x:2:book:True", await CallText(Tools, "lookup", """{"search_query":"x","max_hits":2,"class":"book","is_html_page":true}"""));
        await AssertErrors(Tools, "lookup", """{"searchQuery":"x"}""",
            "$.searchQuery: unknown property; expected one of: search_query, max_hits, class, is_html_page",
            "$.search_query: missing required property, expected a string");
    }

    [Fact]
    public void JsonPropertyName_overrides_member_names_and_descriptions_come_from_docs_or_attributes()
    {
        AssertSchema(Tools, "echo_item", """
            {"type":"object","properties":{"item":{"type":"object","description":"A catalog item.","properties":{
                "itemId":{"type":"string","description":"Documented in XML, renamed by the attribute."},
                "stock_count":{"type":"integer","description":"How many are in stock.","minimum":-2147483648,"maximum":2147483647},
                "display_name":{"type":"string","description":"The name people see."},
                "warehouse-code":{"type":["string","null"],"default":null}},
              "required":["itemId","stock_count","display_name"],"additionalProperties":false}},
             "required":["item"],"additionalProperties":false}
            """);
    }

    [Fact]
    public async Task Renamed_members_bind_and_are_written_under_their_json_names()
    {
        await AssertReturns(Tools, "echo_item", """{"item":{"itemId":"i1","stock_count":3,"display_name":"Pen","warehouse-code":"W"}}""",
            """{"itemId":"i1","stock_count":3,"display_name":"Pen","warehouse-code":"W"}""");
        await AssertErrors(Tools, "echo_item", """{"item":{"id":"i1","stock_count":3,"display_name":"Pen","warehouse-code":7}}""",
            "$.item.id: unknown property; expected one of: itemId, stock_count, display_name, warehouse-code",
            "$.item.warehouse-code: expected a string or null, got 7",
            "$.item.itemId: missing required property, expected a string");
    }

    [Fact]
    public void Xml_docs_give_the_tool_and_parameter_descriptions_with_inline_tags_rendered_as_text()
    {
        ToolDefinition documented = Definition(Tools, "documented");
        Assert.Equal("Summary text on two lines. Remarks with code, null, Priority and text. Returns the same text.", documented.Description);
        AssertSchema(Tools, "documented", """
            {"type":"object","properties":{"text":{"type":"string","description":"The text to echo."}},"required":["text"],"additionalProperties":false}
            """);
    }

    [Fact]
    public void The_Description_attribute_wins_over_xml_docs_and_the_tool_attribute_wins_over_both()
    {
        Assert.Equal("From the attribute.", Definition(Tools, "attributed").Description);
        AssertSchema(Tools, "attributed", """
            {"type":"object","properties":{"value":{"type":"string","description":"Parameter from the attribute."}},"required":["value"],"additionalProperties":false}
            """);
        Assert.Equal("From the tool attribute.", Definition(Tools, "tool_attribute_wins").Description);
        Assert.Equal("", Definition(Tools, "lookup").Description);
    }
}
