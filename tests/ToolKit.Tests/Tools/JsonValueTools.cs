using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolKit.Tests.Tools;

/// <summary>Echo tools for the JsonElement and JsonNode row of the type table: any JSON.</summary>
public sealed partial class JsonValueTools
{
    [Tool]
    public JsonElement EchoElement(JsonElement value) => value;

    [Tool]
    public JsonNode? EchoNode(JsonNode? value) => value;

    [Tool]
    public JsonObject EchoJsonObject(JsonObject value) => value;

    [Tool]
    public JsonArray EchoJsonArray(JsonArray value) => value;

    [Tool]
    public string DescribeElement(JsonElement? value = null) => value is { } element ? element.ValueKind.ToString() : "absent";
}
