using System.Text;
using System.Text.Json;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>
/// The hand-written response reader must build what <see cref="JsonSerializer"/> builds from the generated metadata:
/// both results are written back with the same metadata and compared as text.
/// </summary>
public sealed class ChatCompletionReaderTests
{
    public static TheoryData<string> RecordedResponses() => [.. Payloads.Names("chat-*.json")];

    [Theory]
    [MemberData(nameof(RecordedResponses))]
    public void Every_recorded_response_reads_as_the_serializer_reads_it(string name)
    {
        var reader = new ChatCompletionReader();

        // Twice: the second read takes the repeated strings from the first.
        AssertSameAsSerializer(reader, Payloads.Read(name));
        AssertSameAsSerializer(reader, Payloads.Read(name));
    }

    public static TheoryData<string> EdgeDocuments() =>
    [
        // Several choices, several tool calls, fields in an unusual order.
        """{"choices":[{"message":{"tool_calls":[{"function":{"arguments":"{\"a\":1}","name":"f"},"type":"function","id":"c1"},{"id":"c2","index":1,"function":{"name":"g","arguments":""}}],"content":null,"role":"assistant"},"finish_reason":"tool_calls","index":0},{"index":1,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"id":"gen-1","usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}""",
        // Content as an array of parts, modelled or not.
        """{"choices":[{"index":0,"message":{"role":"assistant","content":[{"type":"text","text":"a cat"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA","detail":"high"}},{"type":"file","file":{"filename":"a.pdf"},"cache_control":{"type":"ephemeral"}}]}}]}""",
        """{"choices":[{"index":0,"message":{"role":"assistant","content":[]}}]}""",
        """{"choices":[{"index":0,"message":{"role":"assistant","content":""},"finish_reason":"length"}]}""",
        // Escaped strings and escaped property names.
        """{"id":"gen-\u00e9\"x\"","\u006dodel":"a\/b","provider":"Open\u0041I","choices":[{"index":0,"message":{"\u0072ole":"assist\u0061nt","content":"line\nbreak \ud83d\ude00","tool_calls":[{"id":"c\u0031","type":"func\u0074ion","function":{"name":"get_\u0074ime","arguments":"{\"q\":\"\\u00e9\"}"}}]},"fin\u0069sh_reason":"st\u006fp"}]}""",
        // Unknown members at every level, of every kind.
        """{"id":"g","openrouter_metadata":{"a":[1,2,{"b":null}]},"n":1.5,"t":true,"s":"x","z":null,"choices":[{"index":0,"x":[],"message":{"role":"assistant","annotations":[{"type":"url_citation"}],"images":[],"audio":null,"tool_calls":[{"id":"c","z":{"deep":[1]},"extra":null,"function":{"w":"skip","arguments":"{}","more":[1,{"a":2}]}}]}}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2,"future":{"x":1}}}""",
        // Members the serializer matches case-sensitively: these are unknown.
        """{"Model":"m","choices":[{"Index":3,"index":0,"message":{"role":"assistant","Content":"c"}}]}""",
        // JSON nulls for every nullable member.
        """{"id":null,"object":null,"created":null,"model":null,"provider":null,"system_fingerprint":null,"choices":[{"index":0,"message":{"role":"assistant","content":null,"name":null,"tool_call_id":null,"tool_calls":null,"reasoning":null,"reasoning_details":null,"refusal":null},"finish_reason":null,"native_finish_reason":null,"error":null,"logprobs":null}],"usage":null,"error":null}""",
        """{"choices":[{"index":0,"message":null}]}""",
        """{"choices":null}""",
        """{"choices":[{"index":0,"message":{"role":"assistant","tool_calls":[{"index":null,"id":null,"type":null,"function":null}]}}]}""",
        """{"choices":[{"index":0,"message":{"role":"assistant","tool_calls":[{"function":{"name":null,"arguments":null}}]}}]}""",
        """{"choices":[{"index":0,"message":{"role":"assistant","tool_calls":[]}}]}""",
        // "role": null is accepted by the serializer (nullable annotations are not enforced).
        """{"choices":[{"index":0,"message":{"role":null,"content":"x"}}]}""",
        // Members a response rarely has but the model keeps.
        """{"choices":[{"index":0,"message":{"role":"tool","name":"n","tool_call_id":"c1","refusal":"no"}}]}""",
        // Usage with every detail, and cost written as an exponent.
        """{"choices":[],"usage":{"prompt_tokens":980,"completion_tokens":120,"total_tokens":1100,"cost":4.74E-3,"is_byok":true,"prompt_tokens_details":{"cached_tokens":512,"cache_write_tokens":0,"audio_tokens":1,"video_tokens":2},"completion_tokens_details":{"reasoning_tokens":64,"audio_tokens":0,"accepted_prediction_tokens":3,"rejected_prediction_tokens":4,"image_tokens":5},"cost_details":{"upstream_inference_cost":null,"upstream_inference_prompt_cost":0.000035,"upstream_inference_completions_cost":0.00008},"server_tool_use":{"web_search_requests":1}}}""",
        """{"usage":{"prompt_tokens_details":null,"completion_tokens_details":null,"cost_details":null,"cost":null,"is_byok":null}}""",
        """{"usage":{"prompt_tokens_details":{"cached_tokens":null,"cache_write_tokens":null,"audio_tokens":null,"video_tokens":null,"x":[{}]},"completion_tokens_details":{"reasoning_tokens":null,"audio_tokens":null,"accepted_prediction_tokens":null,"rejected_prediction_tokens":null},"cost_details":{"upstream_inference_cost":null,"upstream_inference_prompt_cost":null,"upstream_inference_completions_cost":null,"x":1}}}""",
        """{"usage":{"cost":0.00000000000000000000000000012345,"prompt_tokens":-1,"prompt_tokens":2,"is_byok":false,"cost_details":{"upstream_inference_cost":79228162514264337593543950335,"upstream_inference_prompt_cost":-1.5,"upstream_inference_completions_cost":0}}}""",
        // Errors: a numeric code on the choice, a string code on the response.
        """{"id":"g","choices":[{"index":0,"message":{"role":"assistant","content":""},"finish_reason":"error","native_finish_reason":"error","error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"X","raw":"{\"e\":1}"}}}]}""",
        """{"error":{"code":"server_error","message":"boom","metadata":null},"user_id":"u"}""",
        // Reasoning, reasoning details and log probabilities.
        """{"choices":[{"index":0,"message":{"role":"assistant","content":"4","reasoning":"2+2","reasoning_details":[{"type":"reasoning.text","text":"2+2","signature":"sig","format":"anthropic-claude-v1","index":0},{"type":"reasoning.encrypted","data":"AAAA"}]},"logprobs":{"content":[{"token":"4","logprob":-0.01,"top_logprobs":[]}]}}]}""",
        """{"choices":[{"index":0,"message":{"role":"assistant","reasoning_details":"odd","content":"x"},"logprobs":[1,2]}]}""",
        // Repeated members: the last one wins, as with the serializer.
        """{"model":"a","model":"b","x":1,"x":2,"choices":[{"index":0,"message":{"role":"user","role":"assistant","content":"1","content":"2","y":1,"y":[2]}}],"choices":[{"index":5,"message":{"role":"assistant"}}]}""",
        // Numbers at their limits.
        """{"created":9223372036854775807,"choices":[{"index":2147483647,"message":{"role":"assistant","tool_calls":[{"index":-2147483648}]}}]}""",
        // Whitespace everywhere; empty arrays and objects.
        " \r\n { \"choices\" : [ { \"index\" : 0 , \"message\" : { \"role\" : \"assistant\" , \"tool_calls\" : [ ] , \"content\" : [ ] } } ] , \"usage\" : { } } \n\t ",
        """{}""",
        """{"choices":[]}""",
    ];

    [Theory]
    [MemberData(nameof(EdgeDocuments))]
    public void Edge_documents_read_as_the_serializer_reads_them(string json) =>
        AssertSameAsSerializer(new ChatCompletionReader(), json);

    [Fact]
    public void A_json_null_document_reads_as_null() =>
        Assert.Null(new ChatCompletionReader().Read(" null "u8));

    [Fact]
    public void Collections_have_the_serializers_kinds()
    {
        ChatCompletion completion = new ChatCompletionReader().Read("""
            {"x":1,"choices":[{"index":0,"y":2,"message":{"role":"assistant","z":3,"content":[{"type":"text","text":"a"}],"tool_calls":[{"id":"c","function":{"name":"f","arguments":"{}"}}]}}]}
            """u8)!;

        // Tool calls are an IList: callers may add to it, as to the serializer's list.
        ChatCompletionMessage message = completion.Choices![0].Message!;
        message.ToolCalls!.Add(new ChatCompletionToolCall { Id = "added" });
        Assert.Equal(2, message.ToolCalls.Count);
        Assert.IsType<Dictionary<string, JsonElement>>(completion.AdditionalProperties);
        Assert.IsType<Dictionary<string, JsonElement>>(completion.Choices[0].AdditionalProperties);
        Assert.IsType<Dictionary<string, JsonElement>>(message.AdditionalProperties);
        Assert.Equal("a", Assert.Single(message.Content!.Parts!).Text);
        Assert.Null(message.Content.Text);
        Assert.Equal("function", message.ToolCalls[0].Type);
    }

    [Fact]
    public void A_message_without_a_role_is_an_error_as_with_the_serializer()
    {
        const string Json = """{"choices":[{"index":0,"message":{"content":"hi"}}]}""";

        JsonException error = Assert.Throws<JsonException>(() => new ChatCompletionReader().Read(Encoding.UTF8.GetBytes(Json)));
        JsonException serializer = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Json, OpenRouterJsonContext.Wire.ChatCompletion));

        Assert.Equal("$.choices[0].message.role must be a string, not missing.", error.Message);
        Assert.Equal("$.choices[0].message.role", error.Path);
        Assert.Contains("'role'", serializer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_role_reads_as_null_as_with_the_serializer()
    {
        const string Json = """{"choices":[{"index":0,"message":{"role":null}}]}""";

        Assert.Null(new ChatCompletionReader().Read(Encoding.UTF8.GetBytes(Json))!.Choices![0].Message!.Role);
        Assert.Null(JsonSerializer.Deserialize(Json, OpenRouterJsonContext.Wire.ChatCompletion)!.Choices![0].Message!.Role);
    }

    [Fact]
    public void Repeated_envelope_strings_are_an_earlier_responses_instances()
    {
        var reader = new ChatCompletionReader();
        ChatCompletion first = reader.Read(Payloads.ReadBytes("chat-tool-calls-stop.json"))!;
        ChatCompletion second = reader.Read(Payloads.ReadBytes("chat-tool-calls-stop.json"))!;

        Assert.Same(first.Object, second.Object);
        Assert.Same(first.Model, second.Model);
        Assert.Same(first.Provider, second.Provider);
        ChatCompletionChoice a = first.Choices![0], b = second.Choices![0];
        Assert.Same(a.FinishReason, b.FinishReason);
        Assert.Same(a.NativeFinishReason, b.NativeFinishReason);
        Assert.Same(a.Message!.Role, b.Message!.Role);
        for (int i = 0; i < 2; i++)
        {
            Assert.Same(a.Message.ToolCalls![i].Type, b.Message.ToolCalls![i].Type);
            Assert.Same(a.Message.ToolCalls[i].Function!.Name, b.Message.ToolCalls[i].Function!.Name);

            // Ids and arguments never repeat: they are not kept.
            Assert.NotSame(a.Message.ToolCalls[i].Id, b.Message.ToolCalls[i].Id);
        }

        // Only the first call's arguments: the second's are "", always the one empty string.
        Assert.NotSame(a.Message.ToolCalls![0].Function!.Arguments, b.Message.ToolCalls![0].Function!.Arguments);

        Assert.NotSame(first.Id, second.Id);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void A_fingerprint_repeats_too_and_content_is_never_kept()
    {
        var reader = new ChatCompletionReader();
        ChatCompletion first = reader.Read(Payloads.ReadBytes("chat-basic.json"))!;
        ChatCompletion second = reader.Read(Payloads.ReadBytes("chat-basic.json"))!;

        Assert.Same(first.SystemFingerprint, second.SystemFingerprint);
        Assert.NotSame(first.Choices![0].Message!.Content!.Text, second.Choices![0].Message!.Content!.Text);
    }

    [Fact]
    public void Alternating_values_each_keep_their_instance()
    {
        var reader = new ChatCompletionReader();
        ChatCompletion[] reads = [.. Enumerable.Range(0, 8).Select(i => reader.Read(Encoding.UTF8.GetBytes(
            $$$"""{"model":"model-{{{i % 3}}}","provider":"provider-{{{i % 4}}}","choices":[{"index":0,"finish_reason":"{{{(i % 2 == 0 ? "stop" : "tool_calls")}}}","message":{"role":"assistant","tool_calls":[{"function":{"name":"tool_{{{i % 2}}}"}},{"function":{"name":"tool_{{{(i % 2) + 2}}}"}}]}}]}""")))!];

        // Models repeat every three reads, providers every four, finish reasons and tool names every two.
        for (int i = 4; i < 8; i++)
        {
            ChatCompletion earlier = reads[i - 4], later = reads[i];
            Assert.Same(reads[i - 3].Model, later.Model);
            Assert.Same(earlier.Provider, later.Provider);
            Assert.Same(earlier.Choices![0].FinishReason, later.Choices![0].FinishReason);
            Assert.Same(earlier.Choices[0].Message!.ToolCalls![0].Function!.Name, later.Choices[0].Message!.ToolCalls![0].Function!.Name);
            Assert.Same(earlier.Choices[0].Message!.ToolCalls![1].Function!.Name, later.Choices[0].Message!.ToolCalls![1].Function!.Name);
        }
    }

    [Fact]
    public void A_changed_value_is_read_afresh_and_an_escaped_one_is_never_mistaken_for_a_kept_one()
    {
        var reader = new ChatCompletionReader();

        Assert.Equal("m-1", reader.Read("""{"model":"m-1"}"""u8)!.Model);
        Assert.Equal("m-2", reader.Read("""{"model":"m-2"}"""u8)!.Model);
        Assert.Equal("m-\"2", reader.Read("""{"model":"m-\"2"}"""u8)!.Model);
        Assert.Equal("m-2", reader.Read("""{"model":"m-\u0032"}"""u8)!.Model);
        Assert.Equal("m-\\u0032", reader.Read("""{"model":"m-\\u0032"}"""u8)!.Model);
        Assert.Equal("m-2", reader.Read("""{"model":"m-2"}"""u8)!.Model);
        Assert.Equal("m-1", reader.Read("""{"model":"m-1"}"""u8)!.Model);
        Assert.Equal("", reader.Read("""{"model":""}"""u8)!.Model);
        Assert.Equal("m-1", reader.Read("""{"model":"m-1"}"""u8)!.Model);
    }

    [Fact]
    public void More_distinct_values_than_are_kept_still_read_right()
    {
        var reader = new ChatCompletionReader();
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 40; i++)
            {
                ChatCompletion completion = reader.Read(Encoding.UTF8.GetBytes(
                    $$$"""{"model":"m{{{i}}}","choices":[{"index":0,"message":{"role":"assistant","tool_calls":[{"function":{"name":"t{{{i}}}"}}]}}]}"""))!;

                Assert.Equal($"m{i}", completion.Model);
                Assert.Equal($"t{i}", completion.Choices![0].Message!.ToolCalls![0].Function!.Name);
            }
        }
    }

    [Fact]
    public void One_reader_used_by_many_threads_at_once_always_returns_the_right_values()
    {
        var reader = new ChatCompletionReader();
        (byte[] Json, string Model, string Provider, string Finish, string Tool, string Arguments)[] documents =
        [
            .. Enumerable.Range(0, 97).Select(i =>
            {
                string model = $"vendor/model-{i % 11}", provider = $"Provider{i % 7}", finish = (i % 3) switch { 0 => "stop", 1 => "tool_calls", _ => "length" };
                string tool = $"tool_{i % 23}", arguments = "{\"n\":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
                string json = $$$"""{"id":"gen-{{{i}}}","object":"chat.completion","model":"{{{model}}}","provider":"{{{provider}}}","system_fingerprint":"fp_{{{i % 5}}}","choices":[{"index":0,"finish_reason":"{{{finish}}}","native_finish_reason":"{{{finish}}}","message":{"role":"assistant","content":"c{{{i}}}","tool_calls":[{"id":"call-{{{i}}}","type":"function","function":{"name":"{{{tool}}}","arguments":{{{JsonSerializer.Serialize(arguments)}}} }}]}}]}""";
                return (Encoding.UTF8.GetBytes(json), model, provider, finish, tool, arguments);
            }),
        ];

        int wrong = 0;
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
        {
            var document = documents[i % documents.Length];
            ChatCompletion completion = reader.Read(document.Json)!;
            ChatCompletionChoice choice = completion.Choices![0];
            ChatCompletionToolCall call = choice.Message!.ToolCalls![0];
            bool right = completion.Model == document.Model
                && completion.Provider == document.Provider
                && completion.Object == "chat.completion"
                && completion.SystemFingerprint == $"fp_{i % documents.Length % 5}"
                && choice.FinishReason == document.Finish
                && choice.NativeFinishReason == document.Finish
                && choice.Message.Role == "assistant"
                && call.Type == "function"
                && call.Function!.Name == document.Tool
                && call.Function.Arguments == document.Arguments;
            if (!right)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
    }

    [Theory]
    [InlineData("""[]""", "$ must be an object, not an array.")]
    [InlineData("""  "x" """, "$ must be an object, not a string.")]
    [InlineData("""{"choices":{}}""", "$.choices must be an array, not an object.")]
    [InlineData("""{"choices":[null]}""", "$.choices[0] must be an object, not null.")]
    [InlineData("""{"choices":[{"index":0},7]}""", "$.choices[1] must be an object, not a number.")]
    [InlineData("""{"choices":[{"index":"0"}]}""", "$.choices[0].index must be an integer, not a string.")]
    [InlineData("""{"choices":[{"index":null}]}""", "$.choices[0].index must be an integer, not null.")]
    [InlineData("""{"choices":[{"index":1.5}]}""", "$.choices[0].index must be an integer, not a number.")]
    [InlineData("""{"choices":[{"index":2147483648}]}""", "$.choices[0].index must be an integer, not a number.")]
    [InlineData("""{"choices":[{"index":0},{"index":1,"finish_reason":3}]}""", "$.choices[1].finish_reason must be a string, not a number.")]
    [InlineData("""{"choices":[{"native_finish_reason":true}]}""", "$.choices[0].native_finish_reason must be a string, not a boolean.")]
    [InlineData("""{"choices":[{"message":[]}]}""", "$.choices[0].message must be an object, not an array.")]
    [InlineData("""{"choices":[{"message":{"role":5}}]}""", "$.choices[0].message.role must be a string, not a number.")]
    [InlineData("""{"choices":[{"index":0},{"message":{"content":"x"}}]}""", "$.choices[1].message.role must be a string, not missing.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":{}}}]}""", "$.choices[0].message.content must be a string or an array, not an object.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":false}}]}""", "$.choices[0].message.content must be a string or an array, not a boolean.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":[{"type":"text"},"x"]}}]}""", "$.choices[0].message.content[1] must be an object, not a string.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":[null]}}]}""", "$.choices[0].message.content[0] must be an object, not null.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","reasoning":1}}]}""", "$.choices[0].message.reasoning must be a string, not a number.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","refusal":[]}}]}""", "$.choices[0].message.refusal must be a string, not an array.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","name":2}}]}""", "$.choices[0].message.name must be a string, not a number.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_call_id":false}}]}""", "$.choices[0].message.tool_call_id must be a string, not a boolean.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":{}}}]}""", "$.choices[0].message.tool_calls must be an array, not an object.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":[{},null]}}]}""", "$.choices[0].message.tool_calls[1] must be an object, not null.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":[{"index":"a"}]}}]}""", "$.choices[0].message.tool_calls[0].index must be an integer, not a string.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":[{"id":1}]}}]}""", "$.choices[0].message.tool_calls[0].id must be a string, not a number.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":[{"type":{}}]}}]}""", "$.choices[0].message.tool_calls[0].type must be a string, not an object.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":[{"function":"f"}]}}]}""", "$.choices[0].message.tool_calls[0].function must be an object, not a string.")]
    [InlineData("""{"choices":[{"index":0},{"message":{"role":"assistant","tool_calls":[{},{"function":{"arguments":{"city":"Paris"}}}]}}]}""", "$.choices[1].message.tool_calls[1].function.arguments must be a string, not an object.")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":[{"function":{"name":5}}]}}]}""", "$.choices[0].message.tool_calls[0].function.name must be a string, not a number.")]
    [InlineData("""{"created":"yesterday"}""", "$.created must be an integer, not a string.")]
    [InlineData("""{"created":1.5}""", "$.created must be an integer, not a number.")]
    [InlineData("""{"id":7}""", "$.id must be a string, not a number.")]
    [InlineData("""{"object":[]}""", "$.object must be a string, not an array.")]
    [InlineData("""{"model":false}""", "$.model must be a string, not a boolean.")]
    [InlineData("""{"provider":{}}""", "$.provider must be a string, not an object.")]
    [InlineData("""{"system_fingerprint":0}""", "$.system_fingerprint must be a string, not a number.")]
    [InlineData("""{"usage":5}""", "$.usage must be an object, not a number.")]
    [InlineData("""{"usage":{"prompt_tokens":"1"}}""", "$.usage.prompt_tokens must be an integer, not a string.")]
    [InlineData("""{"usage":{"completion_tokens":null}}""", "$.usage.completion_tokens must be an integer, not null.")]
    [InlineData("""{"usage":{"total_tokens":1.5}}""", "$.usage.total_tokens must be an integer, not a number.")]
    [InlineData("""{"usage":{"cost":"0.1"}}""", "$.usage.cost must be a decimal number, not a string.")]
    [InlineData("""{"usage":{"cost":1e40}}""", "$.usage.cost must be a decimal number, not a number.")]
    [InlineData("""{"usage":{"is_byok":0}}""", "$.usage.is_byok must be a boolean, not a number.")]
    [InlineData("""{"usage":{"prompt_tokens_details":[]}}""", "$.usage.prompt_tokens_details must be an object, not an array.")]
    [InlineData("""{"usage":{"prompt_tokens_details":{"cached_tokens":"0"}}}""", "$.usage.prompt_tokens_details.cached_tokens must be an integer, not a string.")]
    [InlineData("""{"usage":{"completion_tokens_details":{"reasoning_tokens":true}}}""", "$.usage.completion_tokens_details.reasoning_tokens must be an integer, not a boolean.")]
    [InlineData("""{"usage":{"cost_details":"x"}}""", "$.usage.cost_details must be an object, not a string.")]
    [InlineData("""{"usage":{"cost_details":{"upstream_inference_cost":{}}}}""", "$.usage.cost_details.upstream_inference_cost must be a decimal number, not an object.")]
    public void A_member_of_the_wrong_type_names_its_path(string json, string message)
    {
        JsonException error = Assert.Throws<JsonException>(() => new ChatCompletionReader().Read(Encoding.UTF8.GetBytes(json)));

        string path = message[..message.IndexOf(' ', StringComparison.Ordinal)];
        Assert.Equal(message, error.Message);
        Assert.Equal(path, error.Path);

        // The serializer rejects all of these too, except a null choice or tool call, which it keeps as null.
        if (message.EndsWith("not null.", StringComparison.Ordinal) && (path.EndsWith("choices[0]", StringComparison.Ordinal) || path.Contains("tool_calls[", StringComparison.Ordinal)))
        {
            Assert.NotNull(JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletion));
        }
        else
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletion));
        }
    }

    [Theory]
    [InlineData("""{"error":[]}""")]
    [InlineData("""{"choices":[{"error":{"code":{}}}]}""")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":[{"text":"no type"}]}}]}""")]
    public void A_wrong_rare_member_throws_json_exception_as_with_the_serializer(string json)
    {
        Assert.ThrowsAny<JsonException>(() => new ChatCompletionReader().Read(Encoding.UTF8.GetBytes(json)));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletion));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("""{"id":"g",""")]
    [InlineData("""{"id":"g"} x""")]
    [InlineData("""{"id":"g"}{}""")]
    [InlineData("""null null""")]
    [InlineData("""{"choices":[{"index":0,}]}""")]
    [InlineData("""{"choices":[{"index":0}],}""")]
    [InlineData("""{"id":'g'}""")]
    [InlineData("""{"id":"g" /* comment */}""")]
    [InlineData("""{"choices":[{"index":0,"message":{"role":"assistant","content":"unterminated}}]}""")]
    public void Text_that_is_not_one_json_value_throws_json_exception(string json)
    {
        var reader = new ChatCompletionReader();

        Assert.ThrowsAny<JsonException>(() => reader.Read(Encoding.UTF8.GetBytes(json)));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletion));
    }

    [Fact]
    public void Nesting_deeper_than_the_serializer_allows_throws_json_exception()
    {
        string json = $$"""{"x":{{new string('[', 70)}}{{new string(']', 70)}}}""";

        Assert.ThrowsAny<JsonException>(() => new ChatCompletionReader().Read(Encoding.UTF8.GetBytes(json)));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletion));
    }

    private static void AssertSameAsSerializer(ChatCompletionReader reader, string json)
    {
        ChatCompletion? expected = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletion);
        ChatCompletion? actual = reader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            JsonSerializer.Serialize(expected, OpenRouterJsonContext.Wire.ChatCompletion),
            JsonSerializer.Serialize(actual, OpenRouterJsonContext.Wire.ChatCompletion));
    }
}
