using System.Text;
using System.Text.Json;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>
/// The hand-written stream chunk reader must build what <see cref="JsonSerializer"/> builds from the generated
/// metadata: both results are written back with the same metadata and compared as text.
/// </summary>
public sealed class ChunkReaderTests
{
    public static TheoryData<string> RecordedStreams() => [.. Payloads.Names("stream-*.sse")];

    [Theory]
    [MemberData(nameof(RecordedStreams))]
    public void Every_event_of_the_recorded_streams_reads_as_the_serializer_reads_it(string name)
    {
        var reader = new ChatCompletionChunkReader();
        int events = 0;
        foreach (string data in DataEvents(Payloads.Read(name)))
        {
            AssertSameAsSerializer(reader, data);
            events++;
        }

        Assert.True(events > 0);
    }

    public static TheoryData<string> EdgeDocuments() =>
    [
        // Several choices, several tool calls, fields in an unusual order.
        """{"choices":[{"delta":{"tool_calls":[{"function":{"arguments":"{\"a\":1}","name":"f"},"type":"function","id":"c1","index":0},{"index":1,"id":"c2","function":{"name":"g","arguments":""}}]},"index":0},{"index":1,"delta":{"content":"hi"},"finish_reason":"stop"}],"id":"gen-1"}""",
        // Escaped strings and an escaped property name.
        """{"id":"gen-\u00e9\"x\"","\u006dodel":"a\/b","choices":[{"index":0,"delta":{"content":"line\nbreak \ud83d\ude00","role":"assist\u0061nt"}}]}""",
        // Unknown members at every level, of every kind.
        """{"id":"g","extra":{"a":[1,2,{"b":null}]},"n":1.5,"choices":[{"index":0,"x":[],"delta":{"y":true,"tool_calls":[{"index":0,"z":{"deep":[1]},"function":{"w":"skip","arguments":"{}"}}]}}]}""",
        // JSON nulls for every nullable member.
        """{"id":null,"object":null,"created":null,"model":null,"provider":null,"system_fingerprint":null,"choices":[{"index":0,"delta":{"role":null,"content":null,"reasoning":null,"reasoning_details":null,"tool_calls":null,"refusal":null},"finish_reason":null,"native_finish_reason":null,"error":null,"logprobs":null}],"usage":null,"error":null}""",
        """{"choices":[{"index":0,"delta":null}]}""",
        """{"choices":null}""",
        """{"choices":[{"index":0,"delta":{"tool_calls":[{"index":null,"id":null,"type":null,"function":null}]}}]}""",
        // Rare members that go through the generated metadata or JsonElement.
        """{"choices":[{"index":0,"delta":{"reasoning":"think","reasoning_details":[{"type":"reasoning.text","text":"think","format":"x"}]},"logprobs":{"content":[{"token":"a","logprob":-0.1}]}}]}""",
        """{"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"cost":0.00012,"is_byok":true,"prompt_tokens_details":{"cached_tokens":1},"completion_tokens_details":{"reasoning_tokens":2},"cost_details":{"upstream_inference_cost":0.1},"server_tool_use":{"web_search_requests":1}}}""",
        """{"id":"g","choices":[{"index":0,"delta":{"content":""},"finish_reason":"error","error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"X"}}}],"error":{"code":"server_error","message":"boom"}}""",
        """{"choices":[{"index":0,"delta":{"refusal":"no"}}],"created":1764670500}""",
        // Whitespace everywhere; empty arrays and objects.
        " \r\n { \"choices\" : [ { \"index\" : 0 , \"delta\" : { \"tool_calls\" : [ ] } } ] } \n ",
        """{}""",
    ];

    [Theory]
    [MemberData(nameof(EdgeDocuments))]
    public void Edge_documents_read_as_the_serializer_reads_them(string json) =>
        AssertSameAsSerializer(new ChatCompletionChunkReader(), json);

    [Fact]
    public void A_json_null_event_reads_as_null() =>
        Assert.Null(new ChatCompletionChunkReader().Read("null"u8));

    [Fact]
    public void Repeated_envelope_strings_are_the_previous_chunks_instances()
    {
        var reader = new ChatCompletionChunkReader();
        const string Json = """{"id":"gen-1","model":"openai/gpt-4o","provider":"OpenAI","choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[{"index":0,"type":"function","function":{"name":"get_forecast"}}]},"finish_reason":"tool_calls"}]}""";

        ChatCompletionChunk first = reader.Read(Encoding.UTF8.GetBytes(Json))!;
        ChatCompletionChunk second = reader.Read(Encoding.UTF8.GetBytes(Json))!;

        Assert.Same(first.Id, second.Id);
        Assert.Same(first.Model, second.Model);
        Assert.Same(first.Provider, second.Provider);
        Assert.Same(first.Choices![0].FinishReason, second.Choices![0].FinishReason);
        Assert.Same(first.Choices[0].Delta!.Role, second.Choices[0].Delta!.Role);
        Assert.Same(first.Choices[0].Delta!.ToolCalls![0].Function!.Name, second.Choices[0].Delta!.ToolCalls![0].Function!.Name);
    }

    [Fact]
    public void A_changed_value_is_read_afresh_and_an_escaped_one_is_never_mistaken_for_the_last()
    {
        var reader = new ChatCompletionChunkReader();

        Assert.Equal("gen-1", reader.Read("""{"id":"gen-1"}"""u8)!.Id);
        Assert.Equal("gen-2", reader.Read("""{"id":"gen-2"}"""u8)!.Id);
        Assert.Equal("gen-\"2", reader.Read("""{"id":"gen-\"2"}"""u8)!.Id);
        Assert.Equal("gen-2", reader.Read("""{"id":"gen-\u0032"}"""u8)!.Id);
        Assert.Equal("gen-2", reader.Read("""{"id":"gen-2"}"""u8)!.Id);
    }

    [Theory]
    [InlineData("""[]""", "$ must be an object, not an array.")]
    [InlineData("""{"choices":{}}""", "$.choices must be an array, not an object.")]
    [InlineData("""{"choices":[null]}""", "$.choices[0] must be an object, not null.")]
    [InlineData("""{"choices":[{"index":0},7]}""", "$.choices[1] must be an object, not a number.")]
    [InlineData("""{"choices":[{"index":"0"}]}""", "$.choices[0].index must be an integer, not a string.")]
    [InlineData("""{"choices":[{"index":1.5}]}""", "$.choices[0].index must be an integer, not a number.")]
    [InlineData("""{"choices":[{"index":0},{"index":1,"finish_reason":3}]}""", "$.choices[1].finish_reason must be a string, not a number.")]
    [InlineData("""{"choices":[{"delta":[]}]}""", "$.choices[0].delta must be an object, not an array.")]
    [InlineData("""{"choices":[{"delta":{"content":{}}}]}""", "$.choices[0].delta.content must be a string, not an object.")]
    [InlineData("""{"choices":[{"delta":{"tool_calls":[{},null]}}]}""", "$.choices[0].delta.tool_calls[1] must be an object, not null.")]
    [InlineData("""{"choices":[{"delta":{"tool_calls":[{"index":"a"}]}}]}""", "$.choices[0].delta.tool_calls[0].index must be an integer, not a string.")]
    [InlineData("""{"choices":[{"delta":{"tool_calls":[{"index":0},{"function":{"arguments":5}}]}}]}""", "$.choices[0].delta.tool_calls[1].function.arguments must be a string, not a number.")]
    [InlineData("""{"choices":[{"delta":{"tool_calls":[{"function":"f"}]}}]}""", "$.choices[0].delta.tool_calls[0].function must be an object, not a string.")]
    [InlineData("""{"created":"yesterday"}""", "$.created must be an integer, not a string.")]
    [InlineData("""{"model":false}""", "$.model must be a string, not a boolean.")]
    public void A_member_of_the_wrong_type_names_its_path(string json, string message)
    {
        JsonException error = Assert.Throws<JsonException>(() => new ChatCompletionChunkReader().Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(message, error.Message);
        Assert.Equal(message[..message.IndexOf(' ', StringComparison.Ordinal)], error.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"id":"g",""")]
    [InlineData("""{"id":"g"} x""")]
    [InlineData("""{"id":"g"}{}""")]
    [InlineData("""{"choices":[{"index":0,}]}""")]
    [InlineData("""{"id":'g'}""")]
    public void Text_that_is_not_one_json_value_throws_json_exception(string json)
    {
        var reader = new ChatCompletionChunkReader();

        Assert.ThrowsAny<JsonException>(() => reader.Read(Encoding.UTF8.GetBytes(json)));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletionChunk));
    }

    [Fact]
    public void A_wrongly_typed_stream_event_is_an_invalid_response_naming_the_path()
    {
        byte[] sse = Encoding.UTF8.GetBytes("""
            data: {"id":"g","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":{"city":"Paris"}}}]}}]}

            data: [DONE]

            """);

        OpenRouterException error = Assert.Throws<OpenRouterException>(() => OpenRouterStreamReader.ReadChunks(sse).ToList());

        Assert.Equal(ToolKit.Chat.FailureKind.InvalidResponse, error.Kind);
        Assert.Contains("$.choices[0].delta.tool_calls[0].function.arguments must be a string, not an object", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAsSerializer(ChatCompletionChunkReader reader, string json)
    {
        ChatCompletionChunk? expected = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletionChunk);
        ChatCompletionChunk? actual = reader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            JsonSerializer.Serialize(expected, OpenRouterJsonContext.Wire.ChatCompletionChunk),
            JsonSerializer.Serialize(actual, OpenRouterJsonContext.Wire.ChatCompletionChunk));
    }

    private static IEnumerable<string> DataEvents(string sse) =>
        sse.Split('\n')
            .Where(line => line.StartsWith("data: ", StringComparison.Ordinal) && line != "data: [DONE]")
            .Select(line => line["data: ".Length..].TrimEnd('\r'));
}
