using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>How <see cref="IChatModel"/> requests become OpenRouter JSON.</summary>
public sealed class ChatModelRequestTests
{
    // Deliberately spaced: the schema bytes must reach the wire exactly as given, not re-serialized.
    internal const string ForecastSchema =
        """{"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1, "maximum": 7}}, "required": ["city"]}""";

    internal const string ReasoningDetails =
        """[{"type":"reasoning.text","text":"Need the tool.","signature":"c2ln","format":"anthropic-claude-v1","index":0}]""";

    /// <summary>A neutral request that uses every mapped field and an OpenRouter extension.</summary>
    internal static ChatRequest TravelRequest() => new()
    {
        Model = "anthropic/claude-3.5-sonnet",
        Messages =
        [
            ChatMessage.System("You are a travel assistant."),
            ChatMessage.User("Weather in Paris?"),
            new ChatMessage
            {
                Role = ChatRole.Assistant,
                ToolCalls = [new ToolCall("toolu_01A", "get_forecast", """{"city":"Paris","days":2}"""), new ToolCall("toolu_01B", "get_time", "")],
                Reasoning = "Need the tool.",
                ReasoningDetails = JsonElement.Parse(ReasoningDetails),
            },
            ChatMessage.Tool("toolu_01A", """{"highs":[20,21]}"""),
            ChatMessage.Tool("toolu_01B", "12:00"),
            new ChatMessage
            {
                Role = ChatRole.User,
                ContentParts =
                [
                    JsonElement.Parse("""{"type":"text","text":"And this?"}"""),
                    JsonElement.Parse("""{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}"""),
                ],
            },
        ],
        Tools =
        [
            new ToolDefinition("get_forecast", "Gets the weather forecast for a city.", Encoding.UTF8.GetBytes(ForecastSchema)),
            new ToolDefinition("get_time", null, ReadOnlyMemory<byte>.Empty, strict: true),
        ],
        ToolChoice = ChatToolChoice.Auto,
        ParallelToolCalls = true,
        ResponseFormat = new ChatResponseFormat("trip_plan", """{"type":"object"}"""u8.ToArray()),
        Temperature = 0.7,
        TopP = 1,
        MaxTokens = 1024,
        Stop = ["END"],
        Seed = 7,
        User = "run-42",
        Extensions =
        [
            "an extension of another provider",
            new OpenRouterRequestOptions
            {
                Models = ["openai/gpt-4o", "google/gemini-2.5-flash"],
                Route = "fallback",
                Provider = new ProviderPreferences { Order = ["Anthropic"], AllowFallbacks = true, DataCollection = "deny" },
                Transforms = ["middle-out"],
                Plugins = [Plugin.CreateWeb()],
                Reasoning = new ReasoningOptions { MaxTokens = 2000 },
                TopK = 50,
                FrequencyPenalty = 0.5,
                PresencePenalty = 0.1,
                RepetitionPenalty = 1.1,
                MinP = 0.1,
                TopA = 0.2,
                LogitBias = new Dictionary<string, double> { ["1234"] = 5 },
                Logprobs = true,
                TopLogprobs = 2,
                IncludeUsage = true,
                AdditionalProperties = new JsonObject { ["session_id"] = "trip-7" },
            }.WithMaxPrice(promptPerMillion: 5m, completionPerMillion: 20m),
        ],
    };

    [Fact]
    public async Task A_neutral_request_with_OpenRouter_options_maps_to_the_exact_wire_json()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CompleteAsync(TravelRequest());

        Assert.Equal(Payloads.Read("request-chat-model.json").TrimEnd('\n'), handler.SingleRequest.BodyText);
    }

    [Fact]
    public async Task Tool_schema_bytes_are_copied_to_the_body_unchanged()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CompleteAsync(TravelRequest());

        Assert.Contains("\"parameters\":" + ForecastSchema, handler.SingleRequest.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_extensions_only_the_neutral_fields_are_sent()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CompleteAsync(new ChatRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatMessage.User("Hi")],
            ToolChoice = ChatToolChoice.Function("get_forecast"),
            Extensions = [new object()],
        });

        Assert.Equal(
            """{"model":"openai/gpt-4o","messages":[{"role":"user","content":"Hi"}],"tool_choice":{"type":"function","function":{"name":"get_forecast"}}}""",
            handler.SingleRequest.BodyText);
    }

    [Fact]
    public async Task ConfigureRequest_can_set_fields_the_options_do_not_cover()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CompleteAsync(new ChatRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatMessage.User("Hi")],
            Extensions = [new OpenRouterRequestOptions { ConfigureRequest = wire => wire.ToolChoice = ToolChoice.None }],
        });

        Assert.Equal("none", handler.SingleRequest.Json.GetProperty("tool_choice").GetString());
    }

    [Fact]
    public async Task One_options_object_can_serve_many_requests()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json")).RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);
        var options = new OpenRouterRequestOptions { AdditionalProperties = new JsonObject { ["session_id"] = "shared" } };
        var request = new ChatRequest { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Hi")], Extensions = [options] };

        await client.CompleteAsync(request);
        await client.CompleteAsync(request);

        Assert.All(handler.Requests, r => Assert.Equal("shared", r.Json.GetProperty("session_id").GetString()));
    }

    [Fact]
    public async Task Max_price_from_model_pricing_goes_inside_provider_per_million_tokens()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);
        var gpt4o = new ModelPricing { Prompt = "0.0000025", Completion = "0.00001", Request = "0", Image = "0.003613" };

        await client.CompleteAsync(new ChatRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatMessage.User("Hi")],
            Extensions = [new OpenRouterRequestOptions().WithMaxPrice(gpt4o, headroom: 1.2m)],
        });

        JsonElement body = handler.SingleRequest.Json;
        Assert.False(body.TryGetProperty("max_price", out _));
        Assert.Equal(
            """{"prompt":"3","completion":"12","request":"0","image":"0.0043356"}""",
            body.GetProperty("provider").GetProperty("max_price").GetRawText());
    }
}
