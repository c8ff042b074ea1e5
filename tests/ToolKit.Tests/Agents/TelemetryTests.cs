using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>The "ToolKit" ActivitySource and Meter, with GenAI attribute names and no message content.</summary>
public sealed class TelemetryTests : IDisposable
{
    private const string Secret = "SECRET-PROMPT-7f3a";
    private const string ArgumentSecret = "SECRET-ARG-91c2";
    private const string AnswerSecret = "SECRET-ANSWER-0b8e";

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public TelemetryTests()
    {
        // The listener sees every test's activities; each test keeps only its own trace.
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AgentTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task A_run_emits_agent_chat_and_tool_activities_with_gen_ai_tags_and_no_content()
    {
        string modelId = "telemetry/" + Guid.NewGuid().ToString("N")[..8];
        var model = new ScriptedChatModel();
        model.Script(modelId)
            .Calls(TestAgents.Call("c1", "lookup", $$"""{"key":"{{ArgumentSecret}}"}"""))
            .Text(AnswerSecret, TestAgents.Usage(30, 0.003m), servedModel: modelId + "-dated");
        AgentOptions options = TestAgents.Options(modelId);
        options.Tools = [new CountingTools()];
        options.Instructions = Secret;
        options.Temperature = 0.3;

        AgentRun run = await new Agent(model, options).RunAsync(Secret);
        Activity[] trace = Trace(run.RunId);

        Activity agent = Assert.Single(trace, a => a.OperationName == "invoke_agent");
        Assert.Equal("invoke_agent", agent.GetTagItem("gen_ai.operation.name"));

        Activity[] chats = trace.Where(a => a.OperationName == "chat " + modelId).ToArray();
        Assert.Equal(2, chats.Length);
        Assert.All(chats, chat =>
        {
            Assert.Equal(ActivityKind.Client, chat.Kind);
            Assert.Equal(agent.SpanId, chat.ParentSpanId);
            Assert.Equal("chat", chat.GetTagItem("gen_ai.operation.name"));
            Assert.Equal(modelId, chat.GetTagItem("gen_ai.request.model"));
            Assert.Equal(0.3, chat.GetTagItem("gen_ai.request.temperature"));
        });
        Activity answer = chats.Single(c => (string?)c.GetTagItem("gen_ai.response.model") == modelId + "-dated");
        Assert.Equal(29, answer.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(1, answer.GetTagItem("gen_ai.usage.output_tokens"));

        Activity tool = Assert.Single(trace, a => a.OperationName == "execute_tool lookup");
        Assert.Equal(agent.SpanId, tool.ParentSpanId);
        Assert.Equal("execute_tool", tool.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("lookup", tool.GetTagItem("gen_ai.tool.name"));
        Assert.Equal("c1", tool.GetTagItem("gen_ai.tool.call.id"));

        // Content is off by default: no prompt, argument, tool result or answer in any tag.
        foreach (Activity activity in trace)
        {
            foreach (KeyValuePair<string, object?> tag in activity.TagObjects)
            {
                string text = tag.Value is string[] array ? string.Join(",", array) : tag.Value?.ToString() ?? "";
                Assert.DoesNotContain("SECRET", text);
            }
        }
    }

    [Fact]
    public async Task A_failed_attempt_marks_its_chat_activity_as_an_error()
    {
        string modelId = "telemetry/" + Guid.NewGuid().ToString("N")[..8];
        var model = new ScriptedChatModel();
        model.Script(modelId).Fail(FailureKind.Overloaded).Text("ok");

        AgentRun run = await new Agent(model, TestAgents.Options(modelId)).RunAsync("Hello");
        Activity[] chats = Trace(run.RunId).Where(a => a.OperationName == "chat " + modelId).ToArray();

        Assert.Equal(2, chats.Length);
        Activity failed = Assert.Single(chats, c => c.Status == ActivityStatusCode.Error);
        Assert.Equal("Overloaded", failed.GetTagItem("error.type"));
    }

    [Fact]
    public async Task Token_usage_is_recorded_on_the_gen_ai_histogram()
    {
        string modelId = "telemetry/" + Guid.NewGuid().ToString("N")[..8];
        var measurements = new ConcurrentQueue<(long Value, string? Type)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AgentTelemetry.Name && instrument.Name == "gen_ai.client.token.usage")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? model = null;
            string? type = null;
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                model = tag.Key == "gen_ai.request.model" ? tag.Value as string : model;
                type = tag.Key == "gen_ai.token.type" ? tag.Value as string : type;
            }

            if (model == modelId)
            {
                measurements.Enqueue((value, type));
            }
        });
        meters.Start();
        var chat = new ScriptedChatModel();
        chat.Script(modelId).Text("ok", TestAgents.Usage(30, 0.003m));

        await new Agent(chat, TestAgents.Options(modelId)).RunAsync("Hello");

        Assert.Equal([(29L, (string?)"input"), (1L, "output")], measurements.OrderBy(m => m.Type));
    }

    private Activity[] Trace(string runId)
    {
        Activity root = Assert.Single(_stopped, a => a.OperationName == "invoke_agent" && (string?)a.GetTagItem("gen_ai.conversation.id") == runId);
        return _stopped.Where(a => a.TraceId == root.TraceId).ToArray();
    }
}
