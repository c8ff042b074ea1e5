using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>CancellationToken, ToolContext, IServiceProvider and [FromServices] are bound by type, never from the schema.</summary>
public sealed class BoundParameterTests
{
    private static readonly IToolSet Tools = new BoundParameterTools();

    private const string NoArguments = """{"type":"object","properties":{},"additionalProperties":false}""";
    private const string NameOnly = """{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false}""";

    private sealed class Services(IGreeter? greeter) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IGreeter) ? greeter : null;
    }

    private static ToolContext Context(string tool, IServiceProvider? services = null) => new(CallId, tool) { Services = services };

    [Fact]
    public void Bound_parameters_are_left_out_of_the_schema()
    {
        AssertSchema(Tools, "who_am_i", NoArguments);
        AssertSchema(Tools, "token_is_live", NoArguments);
        AssertSchema(Tools, "slow", """{"type":"object","properties":{"label":{"type":"string"}},"required":["label"],"additionalProperties":false}""");
        AssertSchema(Tools, "greet", NameOnly);
        AssertSchema(Tools, "greet_if_possible", NameOnly);
        AssertSchema(Tools, "greet_through_provider", NameOnly);
        AssertSchema(Tools, "everything", """
            {"type":"object","properties":{
              "name":{"type":"string"},
              "times":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"default":1}},
             "required":["name"],"additionalProperties":false}
            """);
    }

    [Fact]
    public async Task Bound_parameters_cannot_be_sent_as_arguments()
    {
        await AssertErrors(Tools, "who_am_i", """{"context":{}}""", "$.context: unknown property; this object takes no properties");
        await AssertErrors(Tools, "greet", """{"name":"Ada","greeter":"x"}""", "$.greeter: unknown property; expected one of: name");
    }

    [Fact]
    public async Task The_tool_context_is_passed_through()
    {
        var context = new ToolContext("call_9", "who_am_i") { RunId = "run_7" };
        Assert.Equal("call_9|who_am_i|run_7|run_7:call_9", await CallText(Tools, "who_am_i", "{}", context));
    }

    [Fact]
    public async Task The_cancellation_token_is_passed_through()
    {
        Assert.Equal("false", (await Call(Tools, "token_is_live", "")).Content);
        using var source = new CancellationTokenSource();
        Assert.Equal("true", (await Call(Tools, "token_is_live", "", cancellationToken: source.Token)).Content);
    }

    [Fact]
    public async Task Cancellation_requested_by_the_caller_propagates_instead_of_becoming_a_tool_failure()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Call(Tools, "slow", """{"label":"x"}""", cancellationToken: source.Token));
        Assert.Equal("x", await CallText(Tools, "slow", """{"label":"x"}"""));
    }

    [Fact]
    public async Task Services_come_from_the_context()
    {
        var services = new Services(new Greeter("Hello"));
        Assert.Equal("Hello, Ada!", await CallText(Tools, "greet", """{"name":"Ada"}""", Context("greet", services)));
        Assert.Equal("Hello, Ada!", await CallText(Tools, "greet_if_possible", """{"name":"Ada"}""", Context("greet_if_possible", services)));
        Assert.Equal("Hello, Ada!", await CallText(Tools, "greet_through_provider", """{"name":"Ada"}""", Context("greet_through_provider", services)));
        Assert.Equal("call_1|Hello, Bo! Hello, Bo!|False|True",
            await CallText(Tools, "everything", """{"times":2,"name":"Bo"}""", Context("everything", services)));
    }

    [Fact]
    public async Task An_optional_service_may_be_missing()
    {
        Assert.Equal("(no greeter) Ada", await CallText(Tools, "greet_if_possible", """{"name":"Ada"}""", Context("greet_if_possible")));
        Assert.Equal("(no greeter) Ada", await CallText(Tools, "greet_if_possible", """{"name":"Ada"}""", Context("greet_if_possible", new Services(null))));
    }

    [Fact]
    public async Task A_missing_required_service_fails_the_tool_with_a_clear_message()
    {
        ToolResult result = await Call(Tools, "greet", """{"name":"Ada"}""", Context("greet", new Services(null)));
        Assert.Equal(ToolErrorKind.ToolFailed, result.ErrorKind);
        Assert.Equal(
            "Tool \"greet\" failed: InvalidOperationException: Tool \"greet\" needs a service of type ToolKit.Tests.Tools.IGreeter, but ToolContext.Services does not provide one.",
            result.Content);

        result = await Call(Tools, "greet_through_provider", """{"name":"Ada"}""", Context("greet_through_provider"));
        Assert.Equal(ToolErrorKind.ToolFailed, result.ErrorKind);
        Assert.Equal(
            "Tool \"greet_through_provider\" failed: InvalidOperationException: Tool \"greet_through_provider\" needs an IServiceProvider, but ToolContext.Services is not set.",
            result.Content);
    }

    [Fact]
    public async Task Arguments_are_checked_before_services_are_resolved()
    {
        // No services at all: the argument error wins, because binding happens first.
        await AssertErrors(Tools, "greet", "{}", "$.name: missing required property, expected a string");
    }
}
