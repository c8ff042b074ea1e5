using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>ToolSet.Combine and unknown tool names.</summary>
public sealed class ToolSetTests
{
    [Fact]
    public async Task Combine_concatenates_definitions_and_routes_calls_to_the_owner()
    {
        IToolSet all = ToolSet.Combine(new PrimitiveTools(), MathTools.ToolSet, new TravelTools());
        Assert.Equal(
            PrimitiveTools.ToolDefinitions.Concat(MathTools.ToolDefinitions).Concat(TravelTools.ToolDefinitions),
            all.Definitions);
        Assert.Equal("5", await CallJson(all, "add", """{"a":2,"b":3}"""));
        Assert.Equal("x", await CallText(all, "echo_string", """{"value":"x"}"""));
        await AssertErrors(all, "get_forecast", "{}", "$.city: missing required property, expected a string");
    }

    [Fact]
    public void Combine_rejects_duplicate_tool_names()
    {
        // The duplicate is deliberate: this tests the run-time check behind TK0003.
#pragma warning disable TK0003
        ArgumentException error = Assert.Throws<ArgumentException>(() => ToolSet.Combine(new PrimitiveTools(), MathTools.ToolSet, new PrimitiveTools()));
#pragma warning restore TK0003
        Assert.Contains("\"echo_string\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("PrimitiveTools", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_accepts_the_same_names_only_once()
    {
#pragma warning disable TK0003 // deliberate, as above
        Assert.Throws<ArgumentException>(() => ToolSet.Combine(MathTools.ToolSet, MathTools.ToolSet));
#pragma warning restore TK0003
        Assert.Empty(ToolSet.Combine().Definitions);
    }

    [Fact]
    public async Task An_unknown_tool_lists_the_tools_that_exist()
    {
        ToolResult result = await Call(MathTools.ToolSet, "multiply", """{"a":1}""");
        Assert.Equal(ToolErrorKind.UnknownTool, result.ErrorKind);
        Assert.Equal("There is no tool named \"multiply\". Available tools: add, divide.", result.Content);

        result = await Call(new ReturnShapeTools(), "Return_Void", "");
        Assert.Equal(ToolErrorKind.UnknownTool, result.ErrorKind);
    }

    [Fact]
    public async Task A_combined_set_reports_unknown_tools_with_every_name()
    {
        IToolSet all = ToolSet.Combine(MathTools.ToolSet, new TravelTools());
        ToolResult result = await Call(all, "ADD", "{}");
        Assert.Equal(ToolErrorKind.UnknownTool, result.ErrorKind);
        Assert.Equal("There is no tool named \"ADD\". Available tools: add, divide, get_forecast, book_hotel.", result.Content);

        result = await Call(ToolSet.Combine(), "add", "{}");
        Assert.Equal(ToolErrorKind.UnknownTool, result.ErrorKind);
        Assert.Equal("There is no tool named \"add\".", result.Content);
    }

    [Fact]
    public async Task Arguments_of_an_unknown_tool_are_not_parsed()
    {
        ToolResult result = await Call(MathTools.ToolSet, "nope", "{not json");
        Assert.Equal(ToolErrorKind.UnknownTool, result.ErrorKind);
    }

    [Fact]
    public void Definitions_carry_the_tool_attribute_flags()
    {
        ToolDefinition booking = Definition(new TravelTools(), "book_hotel");
        Assert.True(booking.RequiresApproval);
        Assert.False(booking.Strict);
        Assert.Null(booking.Timeout);
        Assert.True(Definition(new StrictTools(), "place_order").Strict);
        Assert.False(Definition(new StrictTools(), "place_order_loose").Strict);
    }
}
