using System.Text.Json;
using System.Text.Json.Nodes;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>The deterministic default model over HTTP: tool selection, arguments from the prompt, answers from results.</summary>
public sealed class DefaultModelTests : EmulatorTest
{
    private const string CurrencyTool = """
        {"type":"function","function":{"name":"convert_currency","description":"Converts an amount between currencies.",
         "parameters":{"type":"object","properties":{"amount":{"type":"number"},"from":{"type":"string"},"to":{"type":"string"}},
         "required":["amount","from","to"]}}}
        """;

    [Fact]
    public async Task Paris_in_celsius_calls_get_forecast_then_answers_with_the_tool_result()
    {
        var question = Requests.Chat("openai/gpt-4.1", "What's the weather in Paris in celsius?", false, Requests.ForecastTool);

        var (status, body) = await ChatAsync(question);

        Assert.Equal(200, status);
        using var first = JsonDocument.Parse(body);
        var choice = first.RootElement.GetProperty("choices")[0];
        Assert.Equal("tool_calls", choice.GetProperty("finish_reason").GetString());
        var call = choice.GetProperty("message").GetProperty("tool_calls")[0];
        Assert.Equal("get_forecast", call.GetProperty("function").GetProperty("name").GetString());
        var arguments = JsonNode.Parse(call.GetProperty("function").GetProperty("arguments").GetString()!)!;
        Assert.Equal("Paris", (string?)arguments["city"]);
        Assert.Equal("celsius", (string?)arguments["unit"]);

        // The client runs the tool and sends the transcript back.
        var transcript = JsonNode.Parse(question)!.AsObject();
        var messages = transcript["messages"]!.AsArray();
        messages.Add(JsonNode.Parse(choice.GetProperty("message").GetRawText()));
        const string result = """{"city":"Paris","unit":"celsius","days":3,"highs":[21,23,19]}""";
        messages.Add(new JsonObject { ["role"] = "tool", ["tool_call_id"] = call.GetProperty("id").GetString(), ["content"] = result });
        var (status2, body2) = await ChatAsync(transcript.ToJsonString());

        Assert.Equal(200, status2);
        using var second = JsonDocument.Parse(body2);
        var answer = second.RootElement.GetProperty("choices")[0];
        Assert.Equal("stop", answer.GetProperty("finish_reason").GetString());
        Assert.False(answer.GetProperty("message").TryGetProperty("tool_calls", out _));
        Assert.Contains(result, answer.GetProperty("message").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_unrelated_to_any_tool_gets_a_text_answer()
    {
        var (_, body) = await ChatAsync(Requests.Chat("openai/gpt-4.1", "Tell me a joke", false, Requests.ForecastTool));

        var message = Message(body);
        Assert.False(message.TryGetProperty("tool_calls", out _));
        Assert.Equal("This is the emulator's default model. You said: Tell me a joke", message.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Only_the_relevant_tool_is_called_with_values_from_the_prompt()
    {
        var (_, body) = await ChatAsync(Requests.Chat("openai/gpt-4.1", "Convert 100 USD to EUR", false, Requests.ForecastTool, CurrencyTool));

        var calls = Calls(body);
        var (name, arguments) = Assert.Single(calls);
        Assert.Equal("convert_currency", name);
        Assert.Equal("""{"amount":100,"from":"USD","to":"EUR"}""", arguments);
    }

    [Fact]
    public async Task Two_relevant_tools_are_called_in_parallel_unless_parallel_tool_calls_is_false()
    {
        var request = Requests.Chat("openai/gpt-4.1", "What's the weather in Paris, and convert 100 USD to EUR", false, Requests.ForecastTool, CurrencyTool);

        var (_, parallel) = await ChatAsync(request);
        var (_, single) = await ChatAsync(Requests.With(request, "parallel_tool_calls", false));

        Assert.Equal(["get_forecast", "convert_currency"], Calls(parallel).Select(c => c.Name));
        Assert.Single(Calls(single));
    }

    [Fact]
    public async Task Tool_choice_none_required_and_named_are_obeyed()
    {
        var weather = Requests.Chat("openai/gpt-4.1", "What's the weather in Paris?", false, Requests.ForecastTool, CurrencyTool);
        var joke = Requests.Chat("openai/gpt-4.1", "Tell me a joke", false, Requests.ForecastTool, CurrencyTool);

        var (_, none) = await ChatAsync(Requests.With(weather, "tool_choice", "none"));
        var (_, required) = await ChatAsync(Requests.With(joke, "tool_choice", "required"));
        var (_, named) = await ChatAsync(Requests.With(weather, "tool_choice",
            JsonNode.Parse("""{"type":"function","function":{"name":"convert_currency"}}""")));

        Assert.Empty(Calls(none));
        Assert.Equal("get_forecast", Assert.Single(Calls(required)).Name);
        Assert.Equal("convert_currency", Assert.Single(Calls(named)).Name);
    }

    [Fact]
    public async Task A_number_next_to_a_parameter_name_fills_that_parameter()
    {
        var (_, body) = await ChatAsync(Requests.Chat("openai/gpt-4.1", "Forecast for Rome for the next 5 days", false, Requests.ForecastTool));

        Assert.Equal("""{"city":"Rome","days":5}""", Assert.Single(Calls(body)).Arguments);
    }

    [Fact]
    public async Task Two_enum_parameters_take_the_values_in_the_order_the_prompt_names_them()
    {
        const string enumCurrencyTool = """
            {"type":"function","function":{"name":"convert_currency","description":"Converts an amount between currencies.",
             "parameters":{"type":"object","properties":{"amount":{"type":"number"},"from":{"type":"string","enum":["eur","usd","gbp"]},
             "to":{"type":"string","enum":["eur","usd","gbp"]}},"required":["amount","from","to"]}}}
            """;

        var (_, body) = await ChatAsync(Requests.Chat("openai/gpt-4.1", "How much is 250 EUR in USD?", false, enumCurrencyTool));

        Assert.Equal("""{"amount":250,"from":"eur","to":"usd"}""", Assert.Single(Calls(body)).Arguments);
    }

    [Fact]
    public async Task A_structured_answer_takes_values_from_JSON_tool_results_not_their_property_names()
    {
        const string schema = """
            {"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}
            """;
        var request = JsonNode.Parse(Requests.Chat("openai/gpt-4.1", "Where is it warm?"))!.AsObject();
        request["messages"]!.AsArray().Add(JsonNode.Parse("""{"role":"assistant","content":"","tool_calls":[{"id":"call_1","type":"function","function":{"name":"find_city","arguments":"{}"}}]}"""));
        request["messages"]!.AsArray().Add(JsonNode.Parse("""{"role":"tool","tool_call_id":"call_1","content":"{\"city\":\"Lisbon\",\"unit\":\"celsius\"}"}"""));
        request["response_format"] = JsonNode.Parse($$$"""{"type":"json_schema","json_schema":{"name":"place","strict":true,"schema":{{{schema}}}}}""");

        var (_, body) = await ChatAsync(request.ToJsonString());

        using var answer = JsonDocument.Parse(Message(body).GetProperty("content").GetString()!);
        Assert.Equal("Lisbon", answer.RootElement.GetProperty("city").GetString());
    }

    [Fact]
    public async Task A_json_schema_response_format_gets_JSON_that_validates_and_uses_the_tool_result()
    {
        const string schema = """
            {"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["celsius","fahrenheit"]},
             "high":{"type":"integer"},"summary":{"type":"string"}},"required":["city","unit","high","summary"],"additionalProperties":false}
            """;
        var request = JsonNode.Parse(Requests.Chat("openai/gpt-4.1", "What's the weather in Paris?"))!.AsObject();
        request["messages"]!.AsArray().Add(JsonNode.Parse("""{"role":"assistant","content":"","tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_forecast","arguments":"{\"city\":\"Paris\"}"}}]}"""));
        request["messages"]!.AsArray().Add(JsonNode.Parse("""{"role":"tool","tool_call_id":"call_1","content":"Paris: 21 degrees, celsius"}"""));
        request["response_format"] = JsonNode.Parse($$$"""{"type":"json_schema","json_schema":{"name":"weather","strict":true,"schema":{{{schema}}}}}""");

        var (_, body) = await ChatAsync(request.ToJsonString());

        var content = Message(body).GetProperty("content").GetString()!;
        using var answer = JsonDocument.Parse(content);
        Assert.Empty(JsonSchemas.Errors(schema, answer.RootElement));
        Assert.Equal("Paris", answer.RootElement.GetProperty("city").GetString());
        Assert.Equal("celsius", answer.RootElement.GetProperty("unit").GetString());
        Assert.Equal(21, answer.RootElement.GetProperty("high").GetInt32());
    }

    [Fact]
    public async Task Max_tokens_cuts_the_text_and_reports_length()
    {
        var (_, body) = await ChatAsync(Requests.With(Requests.Chat(message: "Tell me everything"), "max_tokens", 3));

        using var doc = JsonDocument.Parse(body);
        var choice = doc.RootElement.GetProperty("choices")[0];
        Assert.Equal("length", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("This is the ", choice.GetProperty("message").GetProperty("content").GetString());
    }

    private static JsonElement Message(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("choices")[0].GetProperty("message");

    private static List<(string Name, string Arguments)> Calls(string body) =>
        Message(body).TryGetProperty("tool_calls", out var calls)
            ? calls.EnumerateArray().Select(c => (c.GetProperty("function").GetProperty("name").GetString()!,
                c.GetProperty("function").GetProperty("arguments").GetString()!)).ToList()
            : [];
}
