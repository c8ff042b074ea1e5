using System.Text.Json;

namespace ToolKit.IntegrationTests.Approvals;

/// <summary>
/// Approvals across processes: a call that needs approval pauses the run before it runs, the state goes to JSON,
/// and a fresh agent on a fresh client resumes it with the decision. Approved, the tool runs once and the model gets
/// its result; denied, it never runs and the model gets the reason, over the wire.
/// </summary>
public sealed class ApprovalOverTheWireTests
{
    private const string Prompt = "Book the hotel \"Ritz\" in Paris.";
    private const string DenialReason = "Bookings need a manager this week.";

    public static TheoryData<RunMode, bool> Cases => new()
    {
        { RunMode.NonStreaming, true },
        { RunMode.NonStreaming, false },
        { RunMode.Streaming, true },
        { RunMode.Streaming, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_paused_run_resumes_from_JSON_in_a_fresh_agent_with_the_decision(RunMode mode, bool approve)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        var tools = new BookingTools();
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        RunOutcome paused = await AgentDriver.RunAsync(NewAgent(harness, tools), Prompt, mode, deadline.Token);

        AgentRun waiting = paused.Completed;
        Assert.Equal(AgentRunStatus.AwaitingApproval, waiting.Status);
        PendingApproval pending = Assert.Single(waiting.PendingApprovals);
        Assert.Equal("book_hotel", pending.ToolName);
        Assert.Contains("Ritz", pending.Arguments);
        Assert.Equal(0, tools.Bookings);
        if (mode == RunMode.Streaming)
        {
            Assert.Equal(pending.CallId, Assert.Single(Assert.Single(paused.Events.OfType<ApprovalRequiredEvent>()).Calls).CallId);
        }

        string json = waiting.State.ToJson();
        int requestsWhilePaused = harness.ChatRequests().Count;

        // Resuming without a decision pauses again, without asking the model anything.
        AgentRun stillWaiting = (await AgentDriver.ResumeAsync(NewAgent(harness, tools), AgentRunState.FromJson(json), null, mode, deadline.Token)).Completed;
        Assert.Equal(AgentRunStatus.AwaitingApproval, stillWaiting.Status);
        Assert.Equal(requestsWhilePaused, harness.ChatRequests().Count);

        AgentRunState state = AgentRunState.FromJson(json);
        ApprovalDecision decision = approve
            ? ApprovalDecision.Approve(state.PendingApprovals[0].CallId)
            : ApprovalDecision.Deny(state.PendingApprovals[0].CallId, DenialReason);
        AgentRun run = (await AgentDriver.ResumeAsync(NewAgent(harness, tools), state, [decision], mode, deadline.Token)).Completed;

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Empty(run.PendingApprovals);
        Assert.Equal(approve ? 1 : 0, tools.Bookings);
        string expectedResult = approve ? "Booked Ritz" : "The call was denied: " + DenialReason;
        Assert.Contains(expectedResult, run.Messages.Single(m => m.Role == ChatRole.Tool).Content);
        Assert.Contains(expectedResult, run.Output);

        // The decision reached the model as a tool message on the wire.
        JsonElement last = harness.ChatRequests()[^1];
        JsonElement toolMessage = last.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "tool");
        Assert.Equal(pending.CallId, toolMessage.GetProperty("tool_call_id").GetString());
        Assert.Contains(expectedResult, toolMessage.GetProperty("content").GetString());
    }

    // Every agent is new, as in another process: only the JSON carries the run.
    private static Agent NewAgent(EmulatorHarness harness, BookingTools tools)
    {
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary);
        options.Tools = [tools];
        return new Agent(harness.NewClient(), options);
    }
}
