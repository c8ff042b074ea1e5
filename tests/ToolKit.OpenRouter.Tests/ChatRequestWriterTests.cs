using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Tests;

/// <summary>
/// The direct writer must write, byte for byte, what mapping to the wire model and serializing it writes.
/// </summary>
public sealed class ChatRequestWriterTests
{
    private static readonly ToolDefinition Weather = new(
        "get_weather", "Gets the \"forecast\" for a city – in °C.",
        """{"type":"object","properties":{"city":{"type":"string","description":"Paris, \"Rome\""}},"required":["city"]}"""u8.ToArray(), strict: true);

    private static readonly ToolDefinition NoSchema = new("ping", null, ReadOnlyMemory<byte>.Empty);

    private static readonly JsonElement Details = JsonElement.Parse("""[{"type":"reasoning.text","text":"é \"x\" <tag>","signature":null}]""");

    public static TheoryData<string> Requests() => [.. Corpus().Keys];

    [Theory]
    [MemberData(nameof(Requests))]
    public void The_direct_bytes_are_the_mapped_and_serialized_bytes(string name)
    {
        ChatRequest request = Corpus()[name];
        Assert.True(ChatRequestWriter.CanWrite(request));

        foreach (bool stream in new[] { false, true })
        {
            ChatCompletionRequest wire = ChatRequestMapper.ToWire(request);
            wire.Stream = stream ? true : null;
            string expected = JsonSerializer.Serialize(wire, OpenRouterJsonContext.Wire.ChatCompletionRequest);

            Assert.Equal(expected, Write(request, stream));
        }
    }

    [Fact]
    public void Requests_with_openrouter_options_or_content_parts_take_the_mapped_path()
    {
        ChatRequest plain = Corpus()["one user message"];

        Assert.False(ChatRequestWriter.CanWrite(plain with { Extensions = [new OpenRouterRequestOptions { Models = ["a/b"] }] }));
        Assert.False(ChatRequestWriter.CanWrite(plain with
        {
            Messages = [new ChatMessage { Role = ChatRole.User, ContentParts = [JsonElement.Parse("""{"type":"text","text":"hi"}""")] }],
        }));
        Assert.True(ChatRequestWriter.CanWrite(plain with { Extensions = ["something else"] }));
    }

    [Fact]
    public void A_tool_schema_that_is_not_json_is_refused_before_anything_is_sent()
    {
        ChatRequest request = Corpus()["one user message"] with
        {
            Tools = [new ToolDefinition("broken", "x", "{\"type\":"u8.ToArray())],
        };

        Assert.ThrowsAny<JsonException>(() => Write(request, stream: false));
    }

    [Fact]
    public void An_unknown_role_is_refused()
    {
        ChatRequest request = Corpus()["one user message"] with { Messages = [new ChatMessage { Role = (ChatRole)42, Content = "x" }] };

        Assert.Throws<ArgumentOutOfRangeException>(() => Write(request, stream: false));
    }

    private static string Write(ChatRequest request, bool stream)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ChatRequestWriter.Write(writer, request, stream);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static Dictionary<string, ChatRequest> Corpus()
    {
        ChatMessage[] history =
        [
            ChatMessage.System("You are \"helpful\".\nNever guess."),
            ChatMessage.User("Weather in Zürich? 🌦 <b>now</b> & later"),
            new()
            {
                Role = ChatRole.Assistant,
                ToolCalls = [new ToolCall("call_1", "get_weather", """{"city":"Zürich"}"""), new ToolCall("call_2", "ping", "  ")],
                Reasoning = "Need the tool.",
                ReasoningDetails = Details,
            },
            ChatMessage.Tool("call_1", """{"temp":21.5,"text":"sunny \"and\" warm"}"""),
            ChatMessage.Tool("call_2", ""),
            new() { Role = ChatRole.Assistant, Content = "It is sunny.", Reasoning = "done", ReasoningDetails = Details },
            new() { Role = ChatRole.User, Content = null, Name = "bob", Reasoning = "dropped: not an assistant", ReasoningDetails = Details },
            new() { Role = ChatRole.Assistant, Content = null },
            new() { Role = ChatRole.Assistant, Content = "", ToolCalls = [new ToolCall("c", "n", "{}")] },
            new() { Role = ChatRole.Tool, ToolCallId = "call_x", Content = null },
        ];

        ChatRequest basic = new() { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Hi")] };
        return new Dictionary<string, ChatRequest>
        {
            ["one user message"] = basic,
            ["a whole tool conversation"] = basic with { Messages = history, Tools = [Weather, NoSchema] },
            ["tool choice auto"] = basic with { Tools = [Weather], ToolChoice = ChatToolChoice.Auto, ParallelToolCalls = false },
            ["tool choice none"] = basic with { Tools = [Weather], ToolChoice = ChatToolChoice.None, ParallelToolCalls = true },
            ["tool choice required"] = basic with { Tools = [Weather], ToolChoice = ChatToolChoice.Required },
            ["tool choice function"] = basic with { Tools = [Weather], ToolChoice = ChatToolChoice.Function("get_weather") },
            ["empty tool list"] = basic with { Tools = [] },
            ["structured output"] = basic with
            {
                ResponseFormat = new ChatResponseFormat("answer", """{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"],"additionalProperties":false}"""u8.ToArray()),
            },
            ["structured output, not strict"] = basic with { ResponseFormat = new ChatResponseFormat("answer", """{"type":"object"}"""u8.ToArray(), Strict: false) },
            ["sampling"] = basic with { Temperature = 0.1, TopP = 1e-7, MaxTokens = 256, Seed = -3, User = "user-ü" },
            ["sampling, round numbers"] = basic with { Temperature = 2, TopP = 0 },
            ["stop sequences"] = basic with { Stop = ["\n\n", "END"] },
            ["empty stop list"] = basic with { Stop = [] },
            ["everything"] = basic with
            {
                Messages = history,
                Tools = [Weather, NoSchema],
                ToolChoice = ChatToolChoice.Function("ping"),
                ParallelToolCalls = true,
                ResponseFormat = new ChatResponseFormat("answer", """{"type":"object"}"""u8.ToArray()),
                Temperature = 0.7,
                TopP = 0.95,
                MaxTokens = 1,
                Stop = ["x"],
                Seed = int.MaxValue,
                User = "u",
                Extensions = [new object()],
            },
        };
    }
}
