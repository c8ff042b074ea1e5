using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>Per-model queues of scripted answers: text, tool calls, reasoning, faults and delays.</summary>
public sealed class ScriptedModelTests : EmulatorTest
{
    [Fact]
    public async Task Scripted_answers_come_in_order_then_the_default_model_takes_over()
    {
        Emulator.Script("test/agent",
            ScriptedResponse.FromToolCalls(new ScriptedToolCall("get_forecast", """{"city":"Oslo"}""", "call_1")),
            ScriptedResponse.FromText("Cold in Oslo."),
            ScriptedResponse.FromFault("503"));

        var (_, first) = await ChatAsync(Requests.Chat("test/agent"));
        var (_, second) = await ChatAsync(Requests.Chat("test/agent"));
        var (third, _) = await ChatAsync(Requests.Chat("test/agent"));
        var (_, fourth) = await ChatAsync(Requests.Chat("test/agent"));

        var call = Message(first).GetProperty("tool_calls")[0];
        Assert.Equal("call_1", call.GetProperty("id").GetString());
        Assert.Equal("""{"city":"Oslo"}""", call.GetProperty("function").GetProperty("arguments").GetString());
        Assert.Equal("Cold in Oslo.", Message(second).GetProperty("content").GetString());
        Assert.Equal(503, third);
        Assert.Equal("This is the emulator's default model. You said: hi", Message(fourth).GetProperty("content").GetString());
        Assert.Equal(0, Emulator.PendingScripted("test/agent"));
    }

    [Fact]
    public async Task A_scripted_id_outside_the_catalog_is_reported_as_is()
    {
        Emulator.Script("test/agent", ScriptedResponse.FromText("ok"));

        var (_, body) = await ChatAsync(Requests.Chat("test/agent"));

        Assert.Equal("test/agent", JsonDocument.Parse(body).RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_catalog_model_can_be_scripted_and_keeps_its_served_slug()
    {
        Emulator.Script("openai/gpt-4.1", ScriptedResponse.FromText("scripted"));

        var (_, body) = await ChatAsync(Requests.Chat("openai/gpt-4.1"));

        Assert.Equal("openai/gpt-4.1-2025-04-14", JsonDocument.Parse(body).RootElement.GetProperty("model").GetString());
        Assert.Equal("scripted", Message(body).GetProperty("content").GetString());
    }

    [Fact]
    public async Task Scripted_tool_arguments_are_streamed_in_fragments_and_merge_back()
    {
        const string arguments = """{"city":"São Paulo","days":2}""";
        Emulator.Script("test/agent", ScriptedResponse.FromToolCalls(
            new ScriptedToolCall("get_forecast", arguments), new ScriptedToolCall("get_time", "")));

        var (_, body) = await ChatAsync(Requests.Chat("test/agent", stream: true));

        var chunks = Sse.Chunks(body);
        var calls = Sse.MergeToolCalls(chunks);
        Assert.Equal(arguments, calls[0].Arguments);
        Assert.Equal(("get_time", ""), (calls[1].Name, calls[1].Arguments));
        Assert.True(chunks.Count(c => c.GetProperty("choices").GetArrayLength() > 0
            && c.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("tool_calls", out _)) > 4);
        var finish = chunks.Single(c => c.GetProperty("choices").GetArrayLength() > 0
            && c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind == JsonValueKind.String);
        Assert.Equal("tool_calls", finish.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.False(finish.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("finish_reason", out _));
        Assert.Empty(chunks[^1].GetProperty("choices").EnumerateArray());
        Assert.Equal("[DONE]", Sse.Data(body)[^1]);
    }

    [Fact]
    public async Task Scripted_reasoning_comes_back_with_reasoning_details()
    {
        Emulator.Script("test/thinker", new ScriptedResponse { Text = "42", Reasoning = "Six times seven." });

        var (_, body) = await ChatAsync(Requests.Chat("test/thinker"));

        var message = Message(body);
        Assert.Equal("Six times seven.", message.GetProperty("reasoning").GetString());
        var detail = message.GetProperty("reasoning_details")[0];
        Assert.Equal(("reasoning.text", "Six times seven."), (detail.GetProperty("type").GetString(), detail.GetProperty("text").GetString()));
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task A_finish_reason_can_be_scripted_and_a_delay_is_waited_out()
    {
        Emulator.Script("test/agent", new ScriptedResponse { Text = "cut", FinishReason = "length", Delay = TimeSpan.FromMilliseconds(100) });

        var (status, body) = await ChatAsync(Requests.Chat("test/agent"));

        Assert.Equal(200, status);
        Assert.Equal("length", JsonDocument.Parse(body).RootElement.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Fact]
    public void An_invalid_scripted_fault_is_refused_when_queued()
    {
        Assert.Throws<FormatException>(() => Emulator.Script("test/agent", new ScriptedResponse { Fault = "explode" }));
    }

    [Fact]
    public async Task Requests_are_recorded_for_inspection()
    {
        var json = Requests.Chat("openai/gpt-4.1", "record me");

        await ChatAsync(json, "500");

        var recorded = Assert.Single(Emulator.Requests);
        Assert.Equal(("POST", "/api/v1/chat/completions", json), (recorded.Method, recorded.Path, recorded.Body));
        Assert.Equal("500", recorded.Headers["X-Emulator-Fault"]);
    }

    private static JsonElement Message(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("choices")[0].GetProperty("message");
}
