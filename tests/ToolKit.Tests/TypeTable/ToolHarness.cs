using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolKit.Tests.TypeTable;

/// <summary>Calls generated tool sets and compares JSON structurally.</summary>
internal static class ToolHarness
{
    public const string CallId = "call_1";

    public static async Task<ToolResult> Call(IToolSet tools, string name, string arguments, ToolContext? context = null, CancellationToken cancellationToken = default) =>
        await tools.InvokeAsync(new ToolCall(CallId, name, arguments), context ?? new ToolContext(CallId, name), cancellationToken);

    /// <summary>Calls a tool that must succeed with JSON content, and returns that content.</summary>
    public static async Task<string> CallJson(IToolSet tools, string name, string arguments)
    {
        ToolResult result = await Call(tools, name, arguments);
        Assert.True(result.ErrorKind == ToolErrorKind.None, $"{name} failed: {result}");
        Assert.True(result.IsJson, $"{name} returned text, not JSON: {result.Content}");
        return result.Content;
    }

    /// <summary>Calls a tool that must succeed and asserts its JSON result, compared structurally.</summary>
    public static async Task AssertReturns(IToolSet tools, string name, string arguments, string expectedJson) =>
        AssertJsonEqual(expectedJson, await CallJson(tools, name, arguments));

    /// <summary>Calls a tool that must succeed with text content, and returns the text.</summary>
    public static async Task<string> CallText(IToolSet tools, string name, string arguments, ToolContext? context = null)
    {
        ToolResult result = await Call(tools, name, arguments, context);
        Assert.True(result.ErrorKind == ToolErrorKind.None, $"{name} failed: {result}");
        Assert.False(result.IsJson, $"{name} returned JSON, not text: {result.Content}");
        return result.Content;
    }

    /// <summary>Calls a tool that must reject its arguments, and returns the errors as "path: message" lines.</summary>
    public static async Task<string[]> CallInvalid(IToolSet tools, string name, string arguments)
    {
        ToolResult result = await Call(tools, name, arguments);
        Assert.True(result.ErrorKind == ToolErrorKind.InvalidArguments, $"{name}({arguments}) should have been rejected, got {result}");
        Assert.False(result.IsJson);
        Assert.NotEmpty(result.ArgumentErrors);
        foreach (ArgumentError error in result.ArgumentErrors)
        {
            Assert.Contains($"\n{error.Path}: {error.Message}", result.Content, StringComparison.Ordinal);
        }

        return result.ArgumentErrors.Select(e => e.ToString()).ToArray();
    }

    /// <summary>Asserts the exact list of argument errors.</summary>
    public static async Task AssertErrors(IToolSet tools, string name, string arguments, params string[] expected) =>
        Assert.Equal(expected, await CallInvalid(tools, name, arguments));

    public static ToolDefinition Definition(IToolSet tools, string name) =>
        Assert.Single(tools.Definitions, d => d.Name == name);

    /// <summary>Asserts that the tool's parameters schema equals <paramref name="expectedJson"/>, structurally.</summary>
    public static void AssertSchema(IToolSet tools, string name, string expectedJson) =>
        AssertJsonEqual(expectedJson, Definition(tools, name).ParametersSchemaText);

    /// <summary>
    /// The schema of an arguments object with one required property, <c>value</c>. <paramref name="valueSchema"/> is
    /// written by hand from the type table.
    /// </summary>
    public static string ValueSchema(string valueSchema) =>
        """{"type":"object","properties":{"value":%valueSchema%},"required":["value"],"additionalProperties":false}""".Replace("%valueSchema%", valueSchema);

    public static void AssertJsonEqual(string expected, string actual)
    {
        JsonNode? expectedNode = JsonNode.Parse(expected);
        JsonNode? actualNode = JsonNode.Parse(actual);
        if (!JsonNode.DeepEquals(expectedNode, actualNode))
        {
            // Show a readable diff: both sides with sorted keys.
            Assert.Equal(Canonical(expectedNode), Canonical(actualNode));
            Assert.Fail($"JSON differs only in number formatting?\nexpected: {expected}\nactual:   {actual}");
        }
    }

    private static string Canonical(JsonNode? node) =>
        Sort(node)?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sort).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
