using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class AttemptRecordTests
{
    [Fact]
    public async Task Every_attempt_records_requested_and_served_model_turn_and_failure()
    {
        var model = new ScriptedChatModel();
        model.Script("openai/gpt-4o")
            .Fail(FailureKind.Overloaded, servedModel: "openai/gpt-4o-2024-11-20")
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"k"}"""));
        model.Script("openai/gpt-4o")
            .Fail(FailureKind.ContentFiltered);
        model.Script("anthropic/claude")
            .Text("Done.", TestAgents.Usage(30, 0.002m), servedModel: "anthropic/claude-20250514");
        AgentOptions options = TestAgents.Options("openai/gpt-4o", "anthropic/claude");
        options.Tools = [new CountingTools()];

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal(
            [
                (1, "openai/gpt-4o", (string?)"openai/gpt-4o-2024-11-20", (FailureKind?)FailureKind.Overloaded),
                (1, "openai/gpt-4o", "openai/gpt-4o", null),
                (2, "openai/gpt-4o", null, FailureKind.ContentFiltered),
                (2, "anthropic/claude", "anthropic/claude-20250514", null),
            ],
            run.Attempts.Select(a => (a.Turn, a.RequestedModel, a.ServedModel, a.Failure)));
        Assert.Contains("Scripted Overloaded", run.Attempts[0].FailureMessage);
        Assert.Equal("FakeProvider", run.Attempts[0].Provider);
        Assert.Equal(30, run.Attempts[3].Usage?.TotalTokens);
        Assert.Null(run.Attempts[0].Usage);
        Assert.All(run.Attempts, a => Assert.False(a.Skipped));
    }

    [Fact]
    public async Task Attempts_survive_a_json_round_trip_of_the_state()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.RateLimited).Text("ok", servedModel: "m1-dated");
        AgentRun run = await new Agent(model, TestAgents.Options("m1")).RunAsync("Go");

        AgentRunState copy = AgentRunState.FromJson(run.State.ToJson());

        Assert.Equal(run.Attempts, copy.Attempts);
    }
}
