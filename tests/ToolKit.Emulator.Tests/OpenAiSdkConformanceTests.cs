using System.ClientModel;
using System.Text;
using System.Text.Json;
using OpenAI;
using OpenAI.Chat;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>
/// The official OpenAI .NET SDK, a client nobody here wrote, pointed at the emulator: if it parses our responses,
/// the wire format is not shaped around our own client's habits.
/// </summary>
public sealed class OpenAiSdkConformanceTests : EmulatorTest
{
    private ChatClient Client(string model) =>
        new(model, new ApiKeyCredential(Emulator.ApiKey), new OpenAIClientOptions { Endpoint = Emulator.BaseUri });

    private static ChatTool ForecastTool() =>
        ChatTool.CreateFunctionTool("get_forecast", "Gets the weather forecast for a city.", BinaryData.FromString(Requests.ForecastSchema));

    [Fact]
    public async Task The_SDK_completes_a_chat()
    {
        ChatCompletion completion = await Client("openai/gpt-4.1").CompleteChatAsync([new UserChatMessage("Say hello")], cancellationToken: Timeout);

        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.Equal(ChatMessageRole.Assistant, completion.Role);
        Assert.Equal("This is the emulator's default model. You said: Say hello", completion.Content[0].Text);
        Assert.Equal("openai/gpt-4.1-2025-04-14", completion.Model);
        Assert.StartsWith("gen-", completion.Id, StringComparison.Ordinal);
        Assert.True(completion.Usage.InputTokenCount > 0);
        Assert.Equal(completion.Usage.InputTokenCount + completion.Usage.OutputTokenCount, completion.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task The_SDK_streams_a_chat_and_sees_the_finish_reason_and_usage()
    {
        var text = new StringBuilder();
        ChatFinishReason? finish = null;
        ChatTokenUsage? usage = null;
        await foreach (var update in Client("anthropic/claude-sonnet-4.5").CompleteChatStreamingAsync(
                           [new UserChatMessage("Tell me something long enough to need several chunks")], cancellationToken: Timeout))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            finish ??= update.FinishReason;
            usage ??= update.Usage;
            Assert.Equal("anthropic/claude-4.5-sonnet-20250929", update.Model);
        }

        Assert.Equal("This is the emulator's default model. You said: Tell me something long enough to need several chunks", text.ToString());
        Assert.Equal(ChatFinishReason.Stop, finish);
        Assert.NotNull(usage);
        Assert.True(usage.OutputTokenCount > 0);
    }

    [Fact]
    public async Task The_SDK_parses_tool_calls_from_a_completion_then_gets_the_answer()
    {
        var client = Client("openai/gpt-4.1");
        var options = new ChatCompletionOptions { Tools = { ForecastTool() } };
        List<ChatMessage> messages = [new UserChatMessage("What's the weather in Paris in celsius?")];

        ChatCompletion first = await client.CompleteChatAsync(messages, options, Timeout);

        Assert.Equal(ChatFinishReason.ToolCalls, first.FinishReason);
        var call = Assert.Single(first.ToolCalls);
        Assert.Equal("get_forecast", call.FunctionName);
        Assert.Equal("""{"city":"Paris","unit":"celsius"}""", call.FunctionArguments.ToString());

        messages.Add(new AssistantChatMessage(first));
        messages.Add(new ToolChatMessage(call.Id, """{"city":"Paris","high":21,"unit":"celsius"}"""));
        ChatCompletion second = await client.CompleteChatAsync(messages, options, Timeout);

        Assert.Equal(ChatFinishReason.Stop, second.FinishReason);
        Assert.Equal("""get_forecast returned: {"city":"Paris","high":21,"unit":"celsius"}""", second.Content[0].Text);
    }

    [Fact]
    public async Task The_SDK_merges_split_tool_argument_fragments_from_a_stream()
    {
        var options = new ChatCompletionOptions { Tools = { ForecastTool() } };
        var fragments = new Dictionary<int, List<string>>();
        string? id = null, name = null;
        ChatFinishReason? finish = null;
        await foreach (var update in Client("openai/gpt-4.1").CompleteChatStreamingAsync(
                           [new UserChatMessage("What's the weather in Paris in celsius for 5 days?")], options, Timeout))
        {
            foreach (var toolUpdate in update.ToolCallUpdates)
            {
                id ??= toolUpdate.ToolCallId;
                name ??= toolUpdate.FunctionName;
                if (!fragments.TryGetValue(toolUpdate.Index, out var list))
                {
                    fragments[toolUpdate.Index] = list = [];
                }

                if (toolUpdate.FunctionArgumentsUpdate is { } args && args.ToMemory().Length > 0)
                {
                    list.Add(args.ToString());
                }
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal(ChatFinishReason.ToolCalls, finish);
        Assert.Equal("get_forecast", name);
        Assert.StartsWith("call_", id, StringComparison.Ordinal);
        var pieces = Assert.Single(fragments).Value;
        Assert.True(pieces.Count > 1, "arguments should arrive in several fragments");
        var arguments = string.Concat(pieces);
        Assert.Equal("""{"city":"Paris","unit":"celsius","days":5}""", arguments);
        using var parsed = JsonDocument.Parse(arguments);
        Assert.Equal(5, parsed.RootElement.GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task The_SDK_surfaces_an_emulated_rate_limit_as_a_429()
    {
        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            Client("emulator/fail-429;retry-after=0").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Timeout));

        Assert.Equal(429, error.Status);
    }
}
