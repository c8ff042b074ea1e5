using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>Tools marked RequiresApproval pause the run; decisions resume it, in this process or another.</summary>
public sealed class ApprovalTests
{
    private const string EmailArguments = """{"to":"ann@example.com"}""";

    [Fact]
    public async Task A_call_that_needs_approval_pauses_the_run_before_any_call_of_the_turn_runs()
    {
        var tools = new CountingTools();
        ScriptedChatModel model = ModelAskingForEmail();
        AgentOptions options = Options(tools);

        AgentRun run = await new Agent(model, options).RunAsync("Mail Ann, then look up k.");

        Assert.Equal(AgentRunStatus.AwaitingApproval, run.Status);
        Assert.False(run.IsPartial);
        PendingApproval pending = Assert.Single(run.PendingApprovals);
        Assert.Equal(("c1", "send_email", EmailArguments), (pending.CallId, pending.ToolName, pending.Arguments));

        // The lookup in the same turn waits too: nothing runs until the turn is decided.
        Assert.Equal(0, tools.Emails);
        Assert.Equal(0, tools.Lookups);
        Assert.Single(model.Requests);
        Assert.Equal(ChatRole.Assistant, run.Messages[^1].Role);
    }

    [Fact]
    public async Task An_approved_call_runs_once_when_a_fresh_agent_resumes_the_state_from_json()
    {
        var tools = new CountingTools();
        ScriptedChatModel model = ModelAskingForEmail();
        AgentRun paused = await new Agent(model, Options(tools)).RunAsync("Mail Ann, then look up k.");
        string json = paused.State.ToJson();

        var resumedModel = new ScriptedChatModel();
        resumedModel.Script("m1").Text("Mailed Ann.");
        AgentRun run = await new Agent(resumedModel, Options(tools)).ResumeAsync(AgentRunState.FromJson(json), [ApprovalDecision.Approve("c1")]);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal("Mailed Ann.", run.Output);
        Assert.Equal(1, tools.Emails);
        Assert.Equal(1, tools.Lookups);
        Assert.Empty(run.PendingApprovals);
        Assert.Equal("sent to ann@example.com", TestAgents.ToolMessage(Assert.Single(resumedModel.Requests).Messages, "c1").Content);
        Assert.Equal(paused.RunId, run.RunId);
    }

    [Fact]
    public async Task A_denied_call_does_not_run_and_the_model_is_told_why()
    {
        var tools = new CountingTools();
        ScriptedChatModel model = ModelAskingForEmail();
        AgentRun paused = await new Agent(model, Options(tools)).RunAsync("Mail Ann, then look up k.");

        var resumedModel = new ScriptedChatModel();
        resumedModel.Script("m1").Text("I did not mail Ann.");
        AgentRun run = await new Agent(resumedModel, Options(tools))
            .ResumeAsync(AgentRunState.FromJson(paused.State.ToJson()), [ApprovalDecision.Deny("c1", "Ann is on holiday")]);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(0, tools.Emails);
        Assert.Equal(1, tools.Lookups);
        string told = TestAgents.ToolMessage(Assert.Single(resumedModel.Requests).Messages, "c1").Content!;
        Assert.Contains("denied", told);
        Assert.Contains("Ann is on holiday", told);
        Assert.Equal(ToolErrorKind.Denied, run.State.Ledger["1:c1"].ErrorKind);
    }

    [Fact]
    public async Task Resuming_without_a_decision_pauses_again_without_asking_the_model()
    {
        var tools = new CountingTools();
        ScriptedChatModel model = ModelAskingForEmail();
        AgentRun paused = await new Agent(model, Options(tools)).RunAsync("Mail Ann, then look up k.");

        AgentRun again = await new Agent(model, Options(tools)).ResumeAsync(paused.State);

        Assert.Equal(AgentRunStatus.AwaitingApproval, again.Status);
        Assert.Single(again.PendingApprovals);
        Assert.Single(model.Requests);
        Assert.Equal(0, tools.Emails);
    }

    [Fact]
    public async Task An_approval_covers_one_call_not_a_later_call_that_reuses_its_id()
    {
        // Some providers number calls per message ("call_0" every turn); the ledger is keyed by message for that.
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("call_0", "send_email", """{"to":"ann@example.com"}"""))
            .Calls(TestAgents.Call("call_0", "send_email", """{"to":"everyone@example.com"}"""));
        AgentRun paused = await new Agent(model, Options(tools)).RunAsync("Mail Ann.");

        AgentRun run = await new Agent(model, Options(tools)).ResumeAsync(paused.State, [ApprovalDecision.Approve("call_0")]);

        Assert.Equal(1, tools.Emails);
        Assert.Equal(AgentRunStatus.AwaitingApproval, run.Status);
        Assert.Equal("""{"to":"everyone@example.com"}""", Assert.Single(run.PendingApprovals).Arguments);
    }

    [Fact]
    public async Task A_decision_for_a_call_that_is_not_pending_is_ignored()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("c1", "lookup", """{"key":"k"}""")).Fail(FailureKind.Unauthorized);
        AgentRunException failed = await Assert.ThrowsAsync<AgentRunException>(() => new Agent(model, Options(tools)).RunAsync("Go"));

        // Nothing waits for approval, so this "pre-approval" must not approve the call the model makes next.
        model.Script("m1").Calls(TestAgents.Call("call_0", "send_email", EmailArguments));
        AgentRun run = await new Agent(model, Options(tools)).ResumeAsync(failed.State, [ApprovalDecision.Approve("call_0")]);

        Assert.Equal(AgentRunStatus.AwaitingApproval, run.Status);
        Assert.Equal(0, tools.Emails);
    }

    private static ScriptedChatModel ModelAskingForEmail()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(
            TestAgents.Call("c1", "send_email", EmailArguments),
            TestAgents.Call("c2", "lookup", """{"key":"k"}"""));
        return model;
    }

    private static AgentOptions Options(CountingTools tools)
    {
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        return options;
    }
}
