using System.Text.Json;
using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>The run state is plain JSON, so a host can persist it as it is and resume anywhere.</summary>
public sealed class RunStateJsonTests
{
    [Fact]
    public async Task A_paused_state_round_trips_through_json_unchanged()
    {
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Fail(FailureKind.RateLimited)
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"k"}"""))
            .Calls(TestAgents.Call("c2", "send_email", """{"to":"ann@example.com"}"""));
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];
        AgentRun paused = await new Agent(model, options).RunAsync("Go");

        string json = paused.State.ToJson();
        AgentRunState copy = AgentRunState.FromJson(json);

        Assert.Equal(paused.RunId, copy.RunId);
        Assert.Equal(AgentRunStatus.AwaitingApproval, copy.Status);
        Assert.Equal(paused.State.Turns, copy.Turns);
        Assert.Equal(paused.State.ToolCalls, copy.ToolCalls);
        Assert.Equal(paused.State.Usage, copy.Usage);
        Assert.Equal(paused.State.Attempts, copy.Attempts);
        Assert.Equal(paused.State.PendingApprovals, copy.PendingApprovals);
        Assert.Equal(paused.State.Ledger, copy.Ledger);
        Assert.Equal(paused.Messages.Select(Describe), copy.Messages.Select(Describe));

        // Snake-case names and string enums: readable, and stable across versions.
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal("AwaitingApproval", document.RootElement.GetProperty("status").GetString());
        Assert.True(document.RootElement.TryGetProperty("pending_approvals", out _));
        Assert.True(document.RootElement.TryGetProperty("run_id", out _));
    }

    private static string Describe(ChatMessage message) =>
        $"{message.Role}|{message.Content}|{message.ToolCallId}|{string.Join(";", message.ToolCalls?.Select(c => $"{c.Id},{c.Name},{c.Arguments}") ?? [])}";
}
