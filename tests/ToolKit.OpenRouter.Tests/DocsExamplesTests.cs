using System.Text;
using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>
/// The ToolKit snippets of docs/openrouter.md, compiled and run against the stub, so the docs cannot drift from the
/// API. Each test keeps the snippet's code as written there, then checks what it sent or got.
/// </summary>
public sealed class DocsExamplesTests
{
    private readonly CancellationToken cancellationToken = CancellationToken.None;

    [Fact]
    public async Task Basic_chat_completion()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json")).RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        ChatCompletion completion = await client.CreateChatCompletionAsync(new ChatCompletionRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatCompletionMessage.CreateUser("What is the meaning of life?")],
        }, cancellationToken);

        string? text = completion.Choices![0].Message!.Content?.GetText();
        decimal? cost = completion.Usage!.Cost;

        IChatModel model = client;
        ChatResponse response = await model.CompleteAsync(new ChatRequest
        {
            Model = "openai/gpt-4o",
            Messages = [ChatMessage.System("Be brief."), ChatMessage.User("What is the meaning of life?")],
        }, cancellationToken);

        Assert.Equal("Paris is the capital of France.", text);
        Assert.Equal(0.000115m, cost);
        Assert.Equal(cost, response.Usage!.CostUsd);
    }

    [Fact]
    public async Task Streaming()
    {
        var handler = new StubHandler().RespondSse(Payloads.Read("stream-usage-on-finish.sse")).RespondSse(Payloads.Read("stream-usage-on-finish.sse"));
        using OpenRouterClient client = TestClients.Create(handler);
        IChatModel model = client;
        var chatRequest = new ChatRequest { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Tell me a story")] };
        var written = new StringBuilder();
        var console = new StringWriter(written);

        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Tell me a story")] };
        await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request, cancellationToken))
        {
            foreach (ChatCompletionChunkChoice choice in chunk.Choices ?? [])
            {
                console.Write(choice.Delta?.Content);
            }

            if (chunk.Usage is { } usage)
            {
                console.WriteLine($"\n{usage.TotalTokens} tokens, ${usage.Cost}");
            }
        }

        var builder = new ChatResponseBuilder();
        await foreach (ChatStreamUpdate update in model.StreamAsync(chatRequest, cancellationToken))
        {
            builder.Add(update);
        }

        ChatResponse streamed = builder.Build();

        Assert.StartsWith("Hello, world.\n13 tokens", written.ToString(), StringComparison.Ordinal);
        Assert.Equal("Hello, world.", streamed.Message.Content);
    }

    [Fact]
    public async Task Function_calling()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-tool-calls-stop.json")).RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);
        IChatModel model = client;

        IToolSet tools = new TravelTools();
        var messages = new List<ChatMessage> { ChatMessage.User("Weather in Paris?") };
        while (true)
        {
            ChatResponse turn = await model.CompleteAsync(new ChatRequest
            {
                Model = "openai/gpt-4o",
                Messages = messages,
                Tools = tools.Definitions,
                ToolChoice = ChatToolChoice.Auto,
            }, cancellationToken);

            messages.Add(turn.Message);
            if (!turn.HasToolCalls)
            {
                break;
            }

            foreach (ToolCall call in turn.Message.ToolCalls!)
            {
                ToolResult result = await tools.InvokeAsync(call, ToolContext.For(call), cancellationToken);
                messages.Add(ChatMessage.Tool(call.Id, result.Content));
            }
        }

        Assert.Equal(2, handler.Requests.Count);
        JsonElement second = handler.Requests[1].Json.GetProperty("messages");
        Assert.Equal(["user", "assistant", "tool", "tool"], second.EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        Assert.Equal("""{"city":"Paris","days":2} -> sunny""", second[2].GetProperty("content").GetString());
        Assert.Equal("{} -> sunny", second[3].GetProperty("content").GetString());
        Assert.Equal("Paris is the capital of France.", messages[^1].Content);
    }

    [Fact]
    public async Task Provider_routing()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        var routed = new ChatRequest
        {
            Model = "anthropic/claude-3.5-sonnet",
            Messages = [ChatMessage.User("Hello")],
            Extensions =
            [
                new OpenRouterRequestOptions
                {
                    Provider = new ProviderPreferences
                    {
                        Order = ["Anthropic", "Amazon Bedrock"],
                        AllowFallbacks = false,
                        Only = ["Anthropic", "Amazon Bedrock"],
                        Ignore = ["Azure"],
                        Sort = ProviderSort.Price,
                        DataCollection = "deny",
                        RequireParameters = true,
                        Zdr = true,
                        Quantizations = ["fp8", "bf16"],
                    },
                },
            ],
        };
        await client.CompleteAsync(routed, cancellationToken);

        Assert.Equal(
            """{"order":["Anthropic","Amazon Bedrock"],"allow_fallbacks":false,"require_parameters":true,"data_collection":"deny","zdr":true,"only":["Anthropic","Amazon Bedrock"],"ignore":["Azure"],"quantizations":["fp8","bf16"],"sort":"price"}""",
            handler.SingleRequest.Json.GetProperty("provider").GetRawText());
    }

    [Fact]
    public async Task Cost_control_fallbacks_and_transforms()
    {
        var handler = new StubHandler()
            .RespondJson(Payloads.ReadReference("models-2025-12-02.json"))
            .RespondJson(Payloads.Read("chat-basic.json"))
            .RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        var capped = new OpenRouterRequestOptions().WithMaxPrice(promptPerMillion: 5m, completionPerMillion: 20m);
        OpenRouterModel gpt4o = (await client.ListModelsAsync(cancellationToken: cancellationToken)).Single(m => m.Id == "openai/gpt-4o");
        var fromCatalog = new OpenRouterRequestOptions().WithMaxPrice(gpt4o.Pricing!, headroom: 1.2m);
        var withFallbacks = new OpenRouterRequestOptions { Models = ["openai/gpt-4o", "google/gemini-2.5-flash"] };
        var squeezed = new OpenRouterRequestOptions { Transforms = ["middle-out"] };

        await client.CompleteAsync(new ChatRequest { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Hi")], Extensions = [capped] }, cancellationToken);
        await client.CompleteAsync(new ChatRequest { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Hi")], Extensions = [fromCatalog] }, cancellationToken);

        Assert.Equal("""{"max_price":{"prompt":"5","completion":"20"}}""", handler.Requests[1].Json.GetProperty("provider").GetRawText());
        Assert.Equal("3", handler.Requests[2].Json.GetProperty("provider").GetProperty("max_price").GetProperty("prompt").GetString());
        Assert.Equal(2.5m, gpt4o.Pricing!.PromptPerMillion);
        Assert.Equal(2, withFallbacks.Models!.Count);
        Assert.Equal("middle-out", squeezed.Transforms![0]);
    }

    [Fact]
    public async Task Model_info_credits_key_and_generation()
    {
        string catalog = Payloads.ReadReference("models-2025-12-02.json");
        var handler = new StubHandler()
            .RespondJson(catalog)
            .RespondJson(catalog)
            .RespondJson(Payloads.Read("model-endpoints.json"))
            .RespondJson(Payloads.Read("key.json"))
            .RespondJson(Payloads.Read("credits.json"))
            .RespondJson(Payloads.Read("chat-basic.json"))
            .RespondJson(Payloads.Read("generation.json"));
        using OpenRouterClient client = TestClients.Create(handler);
        var lines = new List<string>();

        IReadOnlyList<OpenRouterModel> models = await client.ListModelsAsync(cancellationToken: cancellationToken);
        IReadOnlyList<OpenRouterModel> withTools = await client.ListModelsAsync("tools", cancellationToken);
        foreach (OpenRouterModel m in withTools)
        {
            lines.Add($"{m.Id}: {m.ContextLength} tokens, ${m.Pricing!.PromptPerMillion}/M in, ${m.Pricing.CompletionPerMillion}/M out");
        }

        ModelEndpoints endpoints = await client.GetModelEndpointsAsync("openai", "gpt-4o", cancellationToken);
        KeyInfo key = await client.GetKeyAsync(cancellationToken);
        CreditsInfo credits = await client.GetCreditsAsync(cancellationToken);
        ChatCompletion completion = await client.CreateChatCompletionAsync(
            new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Hi")] }, cancellationToken);
        GenerationInfo stats = await client.GetGenerationAsync(completion.Id!, cancellationToken);

        Assert.Equal(335, models.Count);
        Assert.Contains($"openai/gpt-4o: 128000 tokens, ${2.5m}/M in, ${10m}/M out", lines);
        Assert.Equal(2, endpoints.Endpoints!.Count);
        Assert.Equal(74.5m, key.LimitRemaining);
        Assert.Equal(37.6544m, credits.Remaining);
        Assert.Equal(completion.Usage!.Cost, stats.TotalCost);
    }

    /// <summary>Stands in for a generated [Tool] class (the generator is not referenced here).</summary>
    private sealed class TravelTools : IToolSet
    {
        public IReadOnlyList<ToolDefinition> Definitions { get; } =
        [
            new ToolDefinition("get_forecast", "Gets the weather forecast for a city.", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""u8.ToArray()),
            new ToolDefinition("get_time", "Gets the time.", """{"type":"object","properties":{}}"""u8.ToArray()),
        ];

        public ValueTask<ToolResult> InvokeAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ToolResult.Text(call.Arguments + " -> sunny"));
    }
}
