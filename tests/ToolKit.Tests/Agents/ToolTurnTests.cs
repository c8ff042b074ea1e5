using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class ToolTurnTests
{
    [Fact]
    public async Task A_tool_turn_runs_the_tool_once_and_sends_its_result_back()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("call_1", "lookup", """{"key":"colour"}"""))
            .Text("The colour is known.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];
        var agent = new Agent(model, options);

        AgentRun run = await agent.RunAsync("Look up the colour.");

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal("The colour is known.", run.Output);
        Assert.Equal(1, tools.Lookups);

        // user, assistant asking for the tool, the tool's answer, the final assistant message.
        Assert.Equal([ChatRole.User, ChatRole.Assistant, ChatRole.Tool, ChatRole.Assistant], run.Messages.Select(m => m.Role));
        ToolCall call = Assert.Single(run.Messages[1].ToolCalls!);
        Assert.Equal("call_1", call.Id);
        Assert.Equal("call_1", run.Messages[2].ToolCallId);
        Assert.Equal("value of colour", run.Messages[2].Content);

        // The second request resends the whole transcript, tool result included.
        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(run.Messages.Take(3), model.Requests[1].Messages);
        Assert.Equal(2, run.State.Turns);
        Assert.Equal(1, run.State.ToolCalls);
    }

    [Fact]
    public async Task Requests_offer_the_tools_with_tool_choice_auto()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("No tools needed.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools(), new OrderTools()];
        options.ParallelToolCalls = false;
        var agent = new Agent(model, options);

        await agent.RunAsync("Hi");

        ChatRequest request = Assert.Single(model.Requests);
        Assert.Equal(["lookup", "send_email", "explode", "append"], request.Tools!.Select(t => t.Name));
        Assert.Equal(ChatToolChoice.Auto, request.ToolChoice);
        Assert.False(request.ParallelToolCalls);
    }

    [Fact]
    public async Task The_tool_sees_an_idempotency_key_made_of_run_id_message_and_call_id()
    {
        // Some providers number calls call_0, call_1... in every message: the message index keeps keys unique.
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Calls(TestAgents.Call("call_0", "lookup", """{"key":"a"}"""))
            .Calls(TestAgents.Call("call_0", "lookup", """{"key":"b"}"""))
            .Text("Done.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [tools];

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal([$"{run.RunId}:1:call_0", $"{run.RunId}:3:call_0"], tools.IdempotencyKeys);
        Assert.Equal(2, tools.Lookups);
    }

    [Fact]
    public async Task The_ledger_records_each_completed_call_by_message_index_and_call_id()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(TestAgents.Call("call_1", "lookup", """{"key":"k"}""")).Text("Done.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        // The assistant message holding the call is message 1 (after the user message).
        ToolCallRecord record = run.State.Ledger["1:call_1"];
        Assert.Equal(ToolCallStatus.Completed, record.Status);
        Assert.Equal("lookup", record.ToolName);
        Assert.Equal("value of k", record.Result);
        Assert.Equal(ToolErrorKind.None, record.ErrorKind);
    }
}
