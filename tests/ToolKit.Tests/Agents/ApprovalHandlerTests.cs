using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>An in-process approval handler decides without pausing the run.</summary>
public sealed class ApprovalHandlerTests
{
    [Fact]
    public async Task An_approving_handler_lets_the_call_run_without_a_pause()
    {
        var tools = new CountingTools();
        var asked = new List<PendingApproval>();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "send_email", """{"to":"ann@example.com"}"""), TestAgents.Call("c2", "lookup", """{"key":"k"}"""))
            .Text("Mailed.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.ApprovalHandler = (request, _) =>
        {
            asked.Add(request);
            return ValueTask.FromResult(ApprovalDecision.Approve(request.CallId));
        };

        AgentRun run = await new Agent(model, options).RunAsync("Mail Ann.");

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(1, tools.Emails);

        // Only the call that needs approval is put to the handler.
        PendingApproval only = Assert.Single(asked);
        Assert.Equal(("c1", "send_email", """{"to":"ann@example.com"}"""), (only.CallId, only.ToolName, only.Arguments));
    }

    [Fact]
    public async Task A_denying_handler_keeps_the_call_from_running_and_the_model_hears_the_reason()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("c1", "send_email", """{"to":"ann@example.com"}"""))
            .Text("Not mailed.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.ApprovalHandler = (request, _) => ValueTask.FromResult(ApprovalDecision.Deny(request.CallId, "policy forbids e-mail"));

        AgentRun run = await new Agent(model, options).RunAsync("Mail Ann.");

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal(0, tools.Emails);
        Assert.Contains("policy forbids e-mail", TestAgents.ToolMessage(model.Requests[1].Messages, "c1").Content);
    }

    [Fact]
    public async Task The_handler_is_asked_again_for_a_later_call_that_reuses_an_id()
    {
        var tools = new CountingTools();
        int asked = 0;
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("call_0", "send_email", """{"to":"ann@example.com"}"""))
            .Calls(TestAgents.Call("call_0", "send_email", """{"to":"bob@example.com"}"""))
            .Text("Both mailed.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        options.ApprovalHandler = (request, _) =>
        {
            asked++;
            return ValueTask.FromResult(request.Arguments.Contains("ann", StringComparison.Ordinal)
                ? ApprovalDecision.Approve(request.CallId)
                : ApprovalDecision.Deny(request.CallId, "only Ann"));
        };

        AgentRun run = await new Agent(model, options).RunAsync("Mail Ann and Bob.");

        Assert.Equal(2, asked);
        Assert.Equal(1, tools.Emails);
        Assert.Contains("only Ann", run.Messages.Where(m => m.ToolCallId == "call_0").Last().Content);
    }
}
