using System.Text.Json.Nodes;

namespace ToolKit.Emulator.Tests.Support;

/// <summary>Chat request bodies built as JSON text, the way any client would send them.</summary>
public static class Requests
{
    /// <summary>The get_forecast tool of the design doc: city, unit (celsius/fahrenheit), days (default 3).</summary>
    public const string ForecastTool = """
        {"type":"function","function":{"name":"get_forecast","description":"Gets the weather forecast for a city.",
         "parameters":{"type":"object","properties":{
           "city":{"type":"string","description":"City name, for example \"Paris\"."},
           "unit":{"type":"string","enum":["celsius","fahrenheit"]},
           "days":{"type":"integer","minimum":1,"maximum":7,"default":3}},
         "required":["city"],"additionalProperties":false}}}
        """;

    public const string ForecastSchema = """
        {"type":"object","properties":{
          "city":{"type":"string","description":"City name, for example \"Paris\"."},
          "unit":{"type":"string","enum":["celsius","fahrenheit"]},
          "days":{"type":"integer","minimum":1,"maximum":7,"default":3}},
         "required":["city"],"additionalProperties":false}
        """;

    /// <summary>A one-message request ("hi" by default) to a model, optionally streaming and with tools.</summary>
    public static string Chat(string model = "emulator/default", string message = "hi", bool stream = false, params string[] tools)
    {
        var body = new JsonObject
        {
            ["model"] = model,
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = message }),
        };
        if (stream)
        {
            body["stream"] = true;
        }

        if (tools.Length > 0)
        {
            body["tools"] = new JsonArray(tools.Select(t => JsonNode.Parse(t)).ToArray());
        }

        return body.ToJsonString();
    }

    /// <summary>Adds or replaces top-level fields of a request body.</summary>
    public static string With(string json, string field, JsonNode? value)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        body[field] = value;
        return body.ToJsonString();
    }
}
