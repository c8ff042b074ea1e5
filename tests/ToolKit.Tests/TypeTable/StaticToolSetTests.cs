using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>A static class exposes its tools through a generated static <c>ToolSet</c>.</summary>
public sealed class StaticToolSetTests
{
    [Fact]
    public void The_static_tool_set_exposes_the_definitions()
    {
        Assert.Equal(["add", "divide"], MathTools.ToolSet.Definitions.Select(d => d.Name));
        Assert.Same(MathTools.ToolDefinitions, MathTools.ToolSet.Definitions);
        Assert.Same(MathTools.ToolSet, MathTools.ToolSet);
        AssertSchema(MathTools.ToolSet, "add", """
            {"type":"object","properties":{
              "a":{"type":"integer","minimum":-2147483648,"maximum":2147483647},
              "b":{"type":"integer","minimum":-2147483648,"maximum":2147483647}},
             "required":["a","b"],"additionalProperties":false}
            """);
    }

    [Fact]
    public async Task The_static_tool_set_binds_runs_and_reports_errors()
    {
        Assert.Equal("5", await CallJson(MathTools.ToolSet, "add", """{"a":2,"b":3}"""));
        Assert.Equal("2.5", await CallJson(MathTools.ToolSet, "divide", """{"dividend":5,"divisor":2}"""));
        await AssertErrors(MathTools.ToolSet, "add", """{"a":"2"}""",
            "$.a: expected an integer, got \"2\"",
            "$.b: missing required property, expected an integer");

        ToolResult failed = await Call(MathTools.ToolSet, "divide", """{"dividend":5,"divisor":0}""");
        Assert.Equal(ToolErrorKind.ToolFailed, failed.ErrorKind);
        Assert.Equal("Tool \"divide\" failed: DivideByZeroException: Cannot divide by zero.", failed.Content);
    }

    [Fact]
    public void An_instance_type_exposes_the_same_definitions_through_the_interface()
    {
        IToolSet tools = new PrimitiveTools();
        Assert.Same(PrimitiveTools.ToolDefinitions, tools.Definitions);
    }
}
