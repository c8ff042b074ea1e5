using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>
/// Return shapes: void, T, Task, Task&lt;T&gt;, ValueTask and ValueTask&lt;T&gt;; a string is passed through as text; a
/// ToolResult is returned as it is; exceptions become ToolFailed with the type and message and no stack trace.
/// </summary>
public sealed class ReturnShapeTests
{
    [Theory]
    [InlineData("return_void")]
    [InlineData("return_task")]
    [InlineData("return_value_task")]
    public async Task Methods_that_return_nothing_run_and_report_done(string tool)
    {
        var tools = new ReturnShapeTools();
        ToolResult result = await Call(tools, tool, "{}");
        Assert.Equal(ToolErrorKind.None, result.ErrorKind);
        Assert.False(result.IsJson);
        Assert.Equal("Done.", result.Content);
        Assert.Equal(1, tools.Calls);
    }

    [Theory]
    [InlineData("return_value", """{"x":1,"y":2}""")]
    [InlineData("return_task_of_t", """{"x":3,"y":4}""")]
    [InlineData("return_value_task_of_t", "42")]
    [InlineData("return_null_object", "null")]
    public async Task Values_are_written_as_json_whether_returned_directly_or_awaited(string tool, string expected) =>
        await AssertReturns(new ReturnShapeTools(), tool, "", expected);

    [Fact]
    public async Task Strings_are_passed_through_as_text_even_when_they_look_like_json()
    {
        var tools = new ReturnShapeTools();
        Assert.Equal("plain {text}, not \"JSON\"", await CallText(tools, "return_text", ""));
        Assert.Equal("[1, 2]", await CallText(tools, "return_text_later", ""));
        Assert.Equal("", await CallText(tools, "return_null_text", ""));
    }

    [Fact]
    public async Task A_returned_ToolResult_is_passed_through_unchanged()
    {
        var tools = new ReturnShapeTools();
        ToolResult json = await Call(tools, "return_tool_result", """{"fail":false}""");
        Assert.Equal(ToolErrorKind.None, json.ErrorKind);
        Assert.True(json.IsJson);
        Assert.Equal("""{"direct":true}""", json.Content);

        ToolResult denied = await Call(tools, "return_tool_result", """{"fail":true}""");
        Assert.Equal(ToolErrorKind.Denied, denied.ErrorKind);
        Assert.Equal("Not today.", denied.Content);

        ToolResult text = await Call(tools, "return_tool_result_later", "");
        Assert.False(text.IsJson);
        Assert.Equal("direct text", text.Content);

        Assert.Same(ToolResult.Done, await Call(tools, "return_null_tool_result", ""));
    }

    [Fact]
    public async Task An_exception_becomes_ToolFailed_with_its_type_and_message_and_no_stack_trace()
    {
        var tools = new ReturnShapeTools();
        ToolResult result = await Call(tools, "throw", """{"message":"kaboom"}""");
        Assert.Equal(ToolErrorKind.ToolFailed, result.ErrorKind);
        Assert.Equal("Tool \"throw\" failed: InvalidOperationException: kaboom", result.Content);
        Assert.Empty(result.ArgumentErrors);

        result = await Call(tools, "throw_later", "");
        Assert.Equal(ToolErrorKind.ToolFailed, result.ErrorKind);
        Assert.Equal("Tool \"throw_later\" failed: ArgumentException: Bad thing happened.", result.Content);
        Assert.DoesNotContain(" at ", result.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ReturnShapeTools), result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_details_can_be_hidden()
    {
        var context = new ToolContext(CallId, "throw") { IncludeExceptionDetails = false };
        ToolResult result = await Call(new ReturnShapeTools(), "throw", """{"message":"secret"}""", context);
        Assert.Equal(ToolErrorKind.ToolFailed, result.ErrorKind);
        Assert.Equal("Tool \"throw\" failed.", result.Content);
    }

    [Fact]
    public async Task A_cancellation_exception_the_caller_did_not_ask_for_is_a_tool_failure()
    {
        ToolResult result = await Call(new ReturnShapeTools(), "throw_canceled", "");
        Assert.Equal(ToolErrorKind.ToolFailed, result.ErrorKind);
        Assert.Equal("Tool \"throw_canceled\" failed: OperationCanceledException: Gave up on my own.", result.Content);
    }

    [Fact]
    public async Task A_static_tool_method_on_an_instance_type_is_dispatched_too()
    {
        Assert.Equal("42", await CallJson(new ReturnShapeTools(), "static_twice", """{"value":21}"""));
    }

    [Fact]
    public void Return_shapes_do_not_change_the_parameters_schema()
    {
        var tools = new ReturnShapeTools();
        const string none = """{"type":"object","properties":{},"additionalProperties":false}""";
        AssertSchema(tools, "return_void", none);
        AssertSchema(tools, "return_task_of_t", none);
        AssertSchema(tools, "return_tool_result", """{"type":"object","properties":{"fail":{"type":"boolean"}},"required":["fail"],"additionalProperties":false}""");
    }
}
