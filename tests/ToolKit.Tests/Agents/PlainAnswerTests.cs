using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class PlainAnswerTests
{
    [Fact]
    public async Task A_text_answer_completes_the_run_in_one_request()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("Paris is the capital of France.");
        AgentOptions options = TestAgents.Options("m1");
        options.Instructions = "Answer briefly.";
        var agent = new Agent(model, options);

        AgentRun run = await agent.RunAsync("What is the capital of France?");

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.False(run.IsPartial);
        Assert.Null(run.LimitReached);
        Assert.Equal("Paris is the capital of France.", run.Output);
        Assert.Equal([ChatRole.System, ChatRole.User, ChatRole.Assistant], run.Messages.Select(m => m.Role));
        Assert.Equal("Answer briefly.", run.Messages[0].Content);

        ChatRequest request = Assert.Single(model.Requests);
        Assert.Equal("m1", request.Model);
        Assert.Equal([ChatRole.System, ChatRole.User], request.Messages.Select(m => m.Role));

        // No tools configured: the request carries neither tools nor a tool choice.
        Assert.Null(request.Tools);
        Assert.Null(request.ToolChoice);
    }

    [Fact]
    public async Task Usage_and_the_successful_attempt_are_recorded()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("Hi.", TestAgents.Usage(42, 0.0042m), servedModel: "m1-2025-05-01");
        var agent = new Agent(model, TestAgents.Options("m1"));

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal(42, run.Usage.TotalTokens);
        Assert.Equal(0.0042m, run.Usage.CostUsd);
        ModelAttempt attempt = Assert.Single(run.Attempts);
        Assert.True(attempt.Succeeded);
        Assert.Equal(1, attempt.Turn);
        Assert.Equal("m1", attempt.RequestedModel);
        Assert.Equal("m1-2025-05-01", attempt.ServedModel);
        Assert.Equal("FakeProvider", attempt.Provider);
        Assert.Equal(42, attempt.Usage?.TotalTokens);
    }

    [Fact]
    public async Task A_conversation_is_sent_as_given()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("Blue.");
        var agent = new Agent(model, TestAgents.Options("m1"));

        await agent.RunAsync([ChatMessage.User("Pick a colour."), ChatMessage.Assistant("Red?"), ChatMessage.User("Another one.")]);

        Assert.Equal(["Pick a colour.", "Red?", "Another one."], model.Requests[0].Messages.Select(m => m.Content));
    }

    [Fact]
    public void An_agent_needs_at_least_one_model()
    {
        Assert.Throws<ArgumentException>(() => new Agent(new ScriptedChatModel(), TestAgents.Options()));
    }
}
