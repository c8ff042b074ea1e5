using System.Diagnostics;
using ToolKit.Emulator;

namespace ToolKit.IntegrationTests.Logging;

/// <summary>
/// <see cref="AgentOptions.RecordContentInTelemetry"/>: off by default, no prompt, tool argument, tool result or
/// answer reaches a log line or a span; on, they go into the content log events and into GenAI events on the chat
/// spans and content attributes on the tool spans.
/// </summary>
public sealed class ContentRecordingTests
{
    private const string Model = "content/model";
    private readonly string _prompt = "SECRET-PROMPT-" + Guid.NewGuid().ToString("N");
    private readonly string _argument = "SECRET-ARG-" + Guid.NewGuid().ToString("N");
    private readonly string _answer = "SECRET-ANSWER-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task By_default_no_content_reaches_logs_or_spans()
    {
        using var telemetry = new TelemetryCapture();
        (AgentRun run, LogCapture log) = await RunAsync(recordContent: false);

        Assert.Equal(_answer, run.Output);
        Assert.NotEmpty(Trace(telemetry, run));
        string all = string.Join("\n", [.. log.Entries.Select(e => e.AllText), .. telemetry.AllText()]);
        Assert.All(new[] { _prompt, _argument, _answer }, secret => Assert.DoesNotContain(secret, all, StringComparison.Ordinal));
        Assert.Empty(log.Named("ToolStartedContent"));
    }

    [Fact]
    public async Task When_enabled_content_goes_to_gen_ai_span_events_tool_span_attributes_and_content_log_events()
    {
        using var telemetry = new TelemetryCapture();
        (AgentRun run, LogCapture log) = await RunAsync(recordContent: true);

        Activity[] trace = Trace(telemetry, run);
        Activity[] chats = trace.Where(a => a.OperationName == "chat " + Model).OrderBy(a => a.StartTimeUtc).ToArray();
        Assert.Equal(2, chats.Length);
        Assert.Contains(_prompt, EventContent(chats[0], "gen_ai.user.message"));
        Assert.Contains(_argument, EventContent(chats[0], "gen_ai.choice"));
        Assert.Contains(_argument, EventContent(chats[1], "gen_ai.assistant.message"));
        Assert.Contains("value of " + _argument, EventContent(chats[1], "gen_ai.tool.message"));
        Assert.Contains(_answer, EventContent(chats[1], "gen_ai.choice"));

        Activity tool = Assert.Single(trace, a => a.OperationName == "execute_tool lookup");
        Assert.Contains(_argument, (string)tool.GetTagItem("gen_ai.tool.call.arguments")!);
        Assert.Equal("value of " + _argument, tool.GetTagItem("gen_ai.tool.call.result"));

        Assert.Contains(_argument, Assert.Single(log.Named("ToolStartedContent")).AllText);
        Assert.Contains("value of " + _argument, Assert.Single(log.Named("ToolResultContent")).AllText);
        Assert.Contains(log.Named("TurnCompletedContent"), e => e.AllText.Contains(_answer, StringComparison.Ordinal));

        // The plain events stay content-free even then.
        Assert.DoesNotContain(_argument, Assert.Single(log.Named("ToolStarted")).AllText);
    }

    private async Task<(AgentRun Run, LogCapture Log)> RunAsync(bool recordContent)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Script(Model,
            ScriptedResponse.FromToolCalls(new ScriptedToolCall("lookup", $$"""{"key":"{{_argument}}"}""")),
            ScriptedResponse.FromText(_answer));
        var log = new LogCapture();
        AgentOptions options = EmulatorHarness.Options(Model);
        options.Tools = [new DiagnosticTools()];
        options.Logger = log;
        options.RecordContentInTelemetry = recordContent;
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();
        AgentRun run = await new Agent(harness.NewClient(), options).RunAsync(_prompt, deadline.Token);
        return (run, log);
    }

    // This run's ToolKit activities: other tests' runs share the process-wide listener.
    private static Activity[] Trace(TelemetryCapture telemetry, AgentRun run)
    {
        Activity agent = Assert.Single(telemetry.From(AgentTelemetry.Name),
            a => a.OperationName == "invoke_agent" && (string?)a.GetTagItem("gen_ai.conversation.id") == run.RunId);
        return telemetry.From(AgentTelemetry.Name).Where(a => a.TraceId == agent.TraceId).ToArray();
    }

    private static string EventContent(Activity activity, string eventName)
    {
        ActivityEvent e = Assert.Single(activity.Events, e => e.Name == eventName);
        return (string)e.Tags.Single(t => t.Key == "gen_ai.event.content").Value!;
    }
}
