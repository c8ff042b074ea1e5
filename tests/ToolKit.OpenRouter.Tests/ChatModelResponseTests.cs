using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>How OpenRouter responses and streams become provider-neutral <see cref="ChatResponse"/>s.</summary>
public sealed class ChatModelResponseTests
{
    private static ChatRequest Ask(string model = "openai/gpt-4o") => new() { Model = model, Messages = [ChatMessage.User("Hi")] };

    private static async Task<ChatResponse> CompleteAsync(string payload, string model = "openai/gpt-4o")
    {
        var handler = new StubHandler().RespondJson(Payloads.Read(payload));
        using OpenRouterClient client = TestClients.Create(handler);
        return await client.CompleteAsync(Ask(model));
    }

    private static async Task<(ChatResponse Response, List<ChatStreamUpdate> Updates)> StreamAsync(string payload)
    {
        var handler = new StubHandler().RespondSse(Payloads.Read(payload));
        using OpenRouterClient client = TestClients.Create(handler);
        var builder = new ChatResponseBuilder();
        var updates = new List<ChatStreamUpdate>();
        await foreach (ChatStreamUpdate update in client.StreamAsync(Ask()))
        {
            updates.Add(update);
            builder.Add(update);
        }

        return (builder.Build(), updates);
    }

    [Fact]
    public async Task A_text_answer_keeps_the_served_model_provider_and_usage_with_cost()
    {
        ChatResponse response = await CompleteAsync("chat-basic.json");

        Assert.Equal("gen-1764670000-AbCdEfGhIjKlMnOp", response.Id);
        Assert.Equal("openai/gpt-4o-2024-08-06", response.Model);
        Assert.Equal("OpenAI", response.Provider);
        Assert.Equal("stop", response.FinishReason);
        Assert.Equal("stop", response.NativeFinishReason);
        Assert.Equal(ChatRole.Assistant, response.Message.Role);
        Assert.Equal("Paris is the capital of France.", response.Message.Content);
        Assert.False(response.HasToolCalls);
        Assert.Equal(new ChatUsage { PromptTokens = 14, CompletionTokens = 8, TotalTokens = 22, CachedTokens = 0, ReasoningTokens = 0, CostUsd = 0.000115m }, response.Usage);
    }

    [Fact]
    public async Task Tool_calls_make_a_tool_turn_even_when_finish_reason_says_stop()
    {
        ChatResponse response = await CompleteAsync("chat-tool-calls-stop.json", "anthropic/claude-3.5-sonnet");

        Assert.True(response.HasToolCalls);
        Assert.Equal("tool_calls", response.FinishReason);
        Assert.Equal("end_turn", response.NativeFinishReason);
        Assert.Equal(
            [new ToolCall("toolu_01A", "get_forecast", """{"city":"Paris","days":2}"""), new ToolCall("toolu_01B", "get_time", "{}")],
            response.Message.ToolCalls!);
        Assert.Equal(0.004302m, response.Usage!.CostUsd);
        Assert.Null(response.Message.Content);
    }

    [Fact]
    public async Task A_tool_turn_cut_short_by_length_keeps_length_as_its_finish_reason()
    {
        string body = Payloads.Read("chat-tool-calls-stop.json").Replace("\"finish_reason\": \"stop\"", "\"finish_reason\": \"length\"", StringComparison.Ordinal);
        var handler = new StubHandler().RespondJson(body);
        using OpenRouterClient client = TestClients.Create(handler);

        ChatResponse response = await client.CompleteAsync(Ask());

        Assert.True(response.HasToolCalls);
        Assert.Equal("length", response.FinishReason);
    }

    [Fact]
    public async Task Reasoning_details_are_kept_exactly_and_echoed_back_unchanged()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-reasoning.json")).RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        ChatResponse first = await client.CompleteAsync(Ask("anthropic/claude-sonnet-4"));
        await client.CompleteAsync(new ChatRequest
        {
            Model = "anthropic/claude-sonnet-4",
            Messages = [ChatMessage.User("Weather in Oslo?"), first.Message, ChatMessage.Tool("toolu_02X", "{\"high\":3}")],
        });

        JsonElement received = JsonElement.Parse(Payloads.Read("chat-reasoning.json")).GetProperty("choices")[0].GetProperty("message").GetProperty("reasoning_details");
        Assert.Equal("The user wants the weather; I should call the tool.", first.Message.Reasoning);
        Assert.Equal(received.GetRawText(), first.Message.ReasoningDetails!.Value.GetRawText());
        Assert.Equal(new ChatUsage { PromptTokens = 980, CompletionTokens = 120, TotalTokens = 1100, CachedTokens = 512, ReasoningTokens = 64, CostUsd = 0.00474m }, first.Usage);

        JsonElement echoed = handler.Requests[1].Json.GetProperty("messages")[1];
        Assert.Equal("assistant", echoed.GetProperty("role").GetString());
        Assert.True(JsonElement.DeepEquals(received, echoed.GetProperty("reasoning_details")));
        Assert.Equal("toolu_02X", echoed.GetProperty("tool_calls")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_streamed_tool_call_split_across_chunks_merges_into_whole_calls_with_usage()
    {
        (ChatResponse response, List<ChatStreamUpdate> updates) = await StreamAsync("stream-tool-call-split.sse");

        Assert.Equal(7, updates.Count);
        Assert.Equal("gen-1764670500-SplitToolCall", response.Id);
        Assert.Equal("openai/gpt-4o-2024-08-06", response.Model);
        Assert.Equal("OpenAI", response.Provider);
        Assert.Equal("tool_calls", response.FinishReason);
        Assert.Equal(
            [new ToolCall("call_weather_1", "get_forecast", """{"city":"Paris","days":2}"""), new ToolCall("call_weather_2", "get_forecast", """{"city":"Rome"}""")],
            response.Message.ToolCalls!);
        Assert.Equal(new ChatUsage { PromptTokens = 88, CompletionTokens = 41, TotalTokens = 129, CachedTokens = 0, ReasoningTokens = 0, CostUsd = 0.00063m }, response.Usage);
    }

    [Fact]
    public async Task A_whole_tool_call_in_one_chunk_with_finish_reason_stop_is_still_a_tool_turn()
    {
        (ChatResponse response, List<ChatStreamUpdate> updates) = await StreamAsync("stream-tool-call-whole.sse");

        ChatStreamUpdate first = updates[0];
        Assert.NotNull(first.ToolCalls);
        Assert.Equal("tool_calls", first.FinishReason);
        Assert.Equal("STOP", first.NativeFinishReason);
        Assert.True(response.HasToolCalls);
        Assert.Equal("tool_calls", response.FinishReason);
        Assert.Equal([new ToolCall("tool_0_get_forecast", "get_forecast", """{"city":"Lisbon","days":3}""")], response.Message.ToolCalls!);
        Assert.Equal(0.000045m, response.Usage!.CostUsd);
    }

    [Fact]
    public async Task Usage_on_the_finish_chunk_is_picked_up()
    {
        (ChatResponse response, _) = await StreamAsync("stream-usage-on-finish.sse");

        Assert.Equal("Hello, world.", response.Message.Content);
        Assert.Equal("stop", response.FinishReason);
        Assert.Equal(new ChatUsage { PromptTokens = 9, CompletionTokens = 4, TotalTokens = 13, CostUsd = 0.0000018m }, response.Usage);
    }

    [Fact]
    public async Task Streamed_reasoning_and_its_blocks_are_collected()
    {
        (ChatResponse response, _) = await StreamAsync("stream-reasoning.sse");

        Assert.Equal("42", response.Message.Content);
        Assert.Equal("Think hard.", response.Message.Reasoning);
        Assert.Equal(2, response.Message.ReasoningDetails!.Value.GetArrayLength());
        Assert.Equal("end_turn", response.NativeFinishReason);
        Assert.Equal(25, response.Usage!.ReasoningTokens);
    }

    [Fact]
    public async Task A_mid_stream_error_surfaces_as_a_ChatModelException_after_the_text_before_it()
    {
        var handler = new StubHandler().RespondSse(Payloads.Read("stream-mid-error.sse"));
        using OpenRouterClient client = TestClients.Create(handler);
        var text = new List<string?>();

        ChatModelException error = await Assert.ThrowsAnyAsync<ChatModelException>(async () =>
        {
            await foreach (ChatStreamUpdate update in client.StreamAsync(Ask("anthropic/claude-3.5-sonnet")))
            {
                text.Add(update.TextDelta);
            }
        });

        Assert.Equal(["The forecast for"], text);
        Assert.Equal(FailureKind.Overloaded, error.Kind);
        Assert.Equal("anthropic/claude-3.5-sonnet", error.Model);
        Assert.Equal("gen-1764670900-MidStreamError", error.GenerationId);
    }
}
