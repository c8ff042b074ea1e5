using System.Text.Json;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>The exact JSON the client sends for wire-level requests.</summary>
public sealed class WireRequestTests
{
    /// <summary>A request that sets every modelled field (DESIGN §5).</summary>
    internal static ChatCompletionRequest EveryField() => new()
    {
        Model = "anthropic/claude-3.5-sonnet",
        Messages =
        [
            ChatCompletionMessage.CreateSystem("You are terse."),
            ChatCompletionMessage.CreateUser(new MessageContent(
            [
                ContentPart.CreateText("What is this?"),
                ContentPart.CreateImage("https://example.com/cat.png", "low"),
            ])),
            new ChatCompletionMessage
            {
                Role = "assistant",
                ToolCalls = [new ChatCompletionToolCall { Id = "call_1", Function = new FunctionCall { Name = "lookup", Arguments = """{"q":"cat"}""" } }],
                ReasoningDetails = JsonElement.Parse("""[{"type":"reasoning.encrypted","data":"eyJ4IjoxfQ==","format":"openai-responses-v1","index":0}]"""),
            },
            ChatCompletionMessage.CreateTool("call_1", """{"answer":"a cat"}"""),
        ],
        Models = ["openai/gpt-4o", "google/gemini-2.5-flash"],
        Route = "fallback",
        Provider = new ProviderPreferences
        {
            Order = ["Anthropic", "Amazon Bedrock"],
            AllowFallbacks = false,
            RequireParameters = true,
            DataCollection = "deny",
            Zdr = true,
            Only = ["Anthropic", "Amazon Bedrock"],
            Ignore = ["Azure"],
            Quantizations = ["fp8", "bf16"],
            Sort = ProviderSort.Price,
            MaxPrice = new MaxPrice { Prompt = 3m, Completion = 15m, Request = 0.01m, Image = 0.005m },
        },
        Transforms = ["middle-out"],
        Plugins = [Plugin.CreateWeb(maxResults: 3)],
        Tools =
        [
            ChatCompletionTool.CreateFunction(
                "lookup",
                "Looks things up.",
                RawJson.FromString("""{"type":"object","properties":{"q":{"type":"string"}},"required":["q"],"additionalProperties":false}"""),
                strict: true),
        ],
        ToolChoice = ToolChoice.Function("lookup"),
        ParallelToolCalls = false,
        ResponseFormat = ResponseFormat.CreateJsonSchema(
            "answer",
            RawJson.FromString("""{"type":"object","properties":{"answer":{"type":"string"}},"required":["answer"],"additionalProperties":false}""")),
        Reasoning = new ReasoningOptions { Effort = "high", Exclude = false },
        Temperature = 0.2,
        TopP = 0.9,
        TopK = 40,
        FrequencyPenalty = 0.1,
        PresencePenalty = 0.2,
        RepetitionPenalty = 1.05,
        MinP = 0.05,
        TopA = 0.1,
        LogitBias = new Dictionary<string, double> { ["50256"] = -100 },
        Logprobs = true,
        TopLogprobs = 5,
        MaxTokens = 256,
        Stop = ["\n\n", "END"],
        Seed = 42,
        User = "user-123",
        Usage = new UsageOptions { Include = true },
        AdditionalProperties = new Dictionary<string, JsonElement> { ["session_id"] = JsonElement.Parse("\"s-1\"") },
    };

    [Fact]
    public async Task Every_field_is_sent_with_its_OpenRouter_name_and_max_price_inside_provider()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CreateChatCompletionAsync(EveryField());

        // The expected body is one line of JSON in a file, byte for byte what the client must send.
        string expected = Payloads.Read("request-every-field.json").TrimEnd('\n');
        Assert.Equal(expected, handler.SingleRequest.BodyText);
    }

    [Fact]
    public async Task A_minimal_request_sends_only_model_and_messages()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CreateChatCompletionAsync(new ChatCompletionRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatCompletionMessage.CreateUser("What is the capital of France?")],
        });

        Assert.Equal("""{"model":"openai/gpt-4o","messages":[{"role":"user","content":"What is the capital of France?"}]}""", handler.SingleRequest.BodyText);
    }

    [Fact]
    public async Task Streaming_sends_stream_true_and_leaves_the_callers_request_unchanged()
    {
        var handler = new StubHandler().RespondSse(Payloads.Read("stream-usage-on-finish.sse"));
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Hi")] };

        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(request))
        {
        }

        Assert.Equal("""{"model":"openai/gpt-4o","messages":[{"role":"user","content":"Hi"}],"stream":true}""", handler.SingleRequest.BodyText);
        Assert.Null(request.Stream);
    }

    [Fact]
    public async Task A_sort_with_a_partition_is_sent_as_an_object()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CreateChatCompletionAsync(new ChatCompletionRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatCompletionMessage.CreateUser("Hi")],
            Provider = new ProviderPreferences { Sort = new ProviderSort("throughput", "none") },
            ToolChoice = ToolChoice.Required,
        });

        JsonElement body = handler.SingleRequest.Json;
        Assert.Equal("""{"by":"throughput","partition":"none"}""", body.GetProperty("provider").GetProperty("sort").GetRawText());
        Assert.Equal("\"required\"", body.GetProperty("tool_choice").GetRawText());
    }

    [Fact]
    public async Task Invalid_raw_json_is_rejected_before_anything_is_sent()
    {
        var handler = new StubHandler();
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatCompletionMessage.CreateUser("Hi")],
            Tools = [ChatCompletionTool.CreateFunction("broken", null, RawJson.FromString("{\"type\":"))],
        };

        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateChatCompletionAsync(request));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Wire_types_read_back_what_they_write()
    {
        ChatCompletionRequest original = EveryField();
        string json = JsonSerializer.Serialize(original, Serialization.OpenRouterJsonContext.Wire.ChatCompletionRequest);

        ChatCompletionRequest roundTripped = JsonSerializer.Deserialize(json, Serialization.OpenRouterJsonContext.Wire.ChatCompletionRequest)!;

        Assert.Equal(json, JsonSerializer.Serialize(roundTripped, Serialization.OpenRouterJsonContext.Wire.ChatCompletionRequest));
        Assert.Equal(3m, roundTripped.Provider!.MaxPrice!.Prompt);
        Assert.Equal("lookup", roundTripped.ToolChoice!.FunctionName);
        Assert.Equal("price", roundTripped.Provider.Sort!.By);
        Assert.Equal(2, roundTripped.Messages[1].Content!.Parts!.Count);
    }

    [Theory]
    [InlineData("""{"prompt":1,"completion":2.5}""")]
    [InlineData("""{"prompt":"1","completion":"2.5"}""")]
    public void Max_price_reads_numbers_and_strings(string json)
    {
        var provider = JsonSerializer.Deserialize("{\"max_price\":" + json + "}", Serialization.OpenRouterJsonContext.Wire.ChatCompletionRequest.Options.GetTypeInfo(typeof(ProviderPreferences)));

        MaxPrice price = Assert.IsType<ProviderPreferences>(provider).MaxPrice!;
        Assert.Equal(1m, price.Prompt);
        Assert.Equal(2.5m, price.Completion);
    }

    [Fact]
    public void Stop_accepts_a_single_string_on_read()
    {
        ChatCompletionRequest request = JsonSerializer.Deserialize("""{"messages":[],"stop":"END"}""", Serialization.OpenRouterJsonContext.Wire.ChatCompletionRequest)!;

        Assert.Equal(["END"], request.Stop!);
    }
}
