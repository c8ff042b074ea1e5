using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>The failure table of DESIGN.md §6, as the agent applies it to a two-model chain.</summary>
public sealed class FailurePolicyTests
{
    [Theory]
    [InlineData(FailureKind.RateLimited, 3)]
    [InlineData(FailureKind.Overloaded, 3)]
    [InlineData(FailureKind.ProviderError, 3)]
    [InlineData(FailureKind.NetworkError, 3)]
    [InlineData(FailureKind.Unknown, 3)]
    [InlineData(FailureKind.Timeout, 2)]
    public async Task Transient_failures_are_retried_then_the_next_model_answers(FailureKind kind, int expectedAttempts)
    {
        // Default RetryOptions: MaxRetries 2 (three tries), MaxTimeoutRetries 1 (two tries).
        (ScriptedChatModel model, Agent agent) = TwoModels(kind);

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal("from m2", run.Output);
        Assert.Equal(expectedAttempts, model.RequestsTo("m1").Count);
        Assert.Equal(
            [.. Enumerable.Repeat(("m1", (FailureKind?)kind), expectedAttempts), ("m2", null)],
            run.Attempts.Select(a => (a.RequestedModel, a.Failure)));
    }

    [Theory]
    [InlineData(FailureKind.ToolsUnsupported)]
    [InlineData(FailureKind.ContextTooLong)]
    [InlineData(FailureKind.ContentFiltered)]
    [InlineData(FailureKind.InvalidResponse)]
    [InlineData(FailureKind.ModelNotFound)]
    public async Task Model_specific_failures_move_to_the_next_model_without_retrying(FailureKind kind)
    {
        (ScriptedChatModel model, Agent agent) = TwoModels(kind);

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal("from m2", run.Output);
        Assert.Single(model.RequestsTo("m1"));
        Assert.Equal([("m1", (FailureKind?)kind), ("m2", null)], run.Attempts.Select(a => (a.RequestedModel, a.Failure)));
    }

    [Theory]
    [InlineData(FailureKind.BadRequest)]
    [InlineData(FailureKind.Unauthorized)]
    [InlineData(FailureKind.InsufficientCredits)]
    public async Task Request_and_account_failures_stop_the_run_at_once(FailureKind kind)
    {
        (ScriptedChatModel model, Agent agent) = TwoModels(kind);

        AgentRunException exception = await Assert.ThrowsAsync<AgentRunException>(() => agent.RunAsync("Hello"));

        Assert.Equal(kind, exception.Kind);
        Assert.Equal(kind, Assert.IsType<ChatModelException>(exception.InnerException).Kind);
        Assert.Single(model.RequestsTo("m1"));
        Assert.Empty(model.RequestsTo("m2"));

        // The exception carries the transcript and the attempts, so nothing is lost.
        Assert.Equal(["Hello"], exception.Messages.Select(m => m.Content));
        ModelAttempt attempt = Assert.Single(exception.Attempts);
        Assert.Equal(kind, attempt.Failure);
        Assert.Same(exception.State.Messages, exception.Messages);
    }

    [Fact]
    public async Task A_retried_model_that_recovers_answers_without_a_fallback()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.Overloaded).Text("second try");
        var agent = new Agent(model, TestAgents.Options("m1", "m2"));

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal("second try", run.Output);
        Assert.Empty(model.RequestsTo("m2"));

        // The retry resends the same transcript.
        Assert.Equal(model.Requests[0].Messages, model.Requests[1].Messages);
    }

    [Fact]
    public async Task When_every_model_fails_the_exception_names_the_last_failure()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded);
        model.Script("m2").Fail(FailureKind.ToolsUnsupported);
        var agent = new Agent(model, TestAgents.Options("m1", "m2"));

        AgentRunException exception = await Assert.ThrowsAsync<AgentRunException>(() => agent.RunAsync("Hello"));

        Assert.Equal(FailureKind.ToolsUnsupported, exception.Kind);
        Assert.Equal(4, exception.Attempts.Count);
        Assert.All(exception.Attempts, a => Assert.False(a.Succeeded));
    }

    [Theory]
    [InlineData(FailureKind.RateLimited, FailureAction.RetryThenNextModel)]
    [InlineData(FailureKind.Overloaded, FailureAction.RetryThenNextModel)]
    [InlineData(FailureKind.ProviderError, FailureAction.RetryThenNextModel)]
    [InlineData(FailureKind.Timeout, FailureAction.RetryThenNextModel)]
    [InlineData(FailureKind.NetworkError, FailureAction.RetryThenNextModel)]
    [InlineData(FailureKind.Unknown, FailureAction.RetryThenNextModel)]
    [InlineData(FailureKind.ToolsUnsupported, FailureAction.NextModel)]
    [InlineData(FailureKind.ContextTooLong, FailureAction.NextModel)]
    [InlineData(FailureKind.ContentFiltered, FailureAction.NextModel)]
    [InlineData(FailureKind.InvalidResponse, FailureAction.NextModel)]
    [InlineData(FailureKind.ModelNotFound, FailureAction.NextModel)]
    [InlineData(FailureKind.BadRequest, FailureAction.Fail)]
    [InlineData(FailureKind.Unauthorized, FailureAction.Fail)]
    [InlineData(FailureKind.InsufficientCredits, FailureAction.Fail)]
    public void The_policy_table_matches_the_design(FailureKind kind, FailureAction action)
    {
        Assert.Equal(action, FailurePolicy.DefaultAction(kind));
    }

    [Fact]
    public void Every_failure_kind_is_in_the_table_above()
    {
        // A new FailureKind must get a row in docs/agent.md and in the theory above.
        Assert.Equal(14, Enum.GetValues<FailureKind>().Length);
    }

    // m1 fails with the kind every time it is asked; m2 answers.
    [Fact]
    public async Task A_filtered_answer_can_stop_the_run_instead_of_asking_the_next_model()
    {
        (ScriptedChatModel model, Agent agent) = TwoModels(FailureKind.ContentFiltered,
            new Dictionary<FailureKind, FailureAction> { [FailureKind.ContentFiltered] = FailureAction.Fail });

        AgentRunException exception = await Assert.ThrowsAsync<AgentRunException>(() => agent.RunAsync("Hello"));

        Assert.Equal(FailureKind.ContentFiltered, exception.Kind);
        Assert.Single(model.RequestsTo("m1"));
        Assert.Empty(model.RequestsTo("m2"));
    }

    [Fact]
    public async Task An_override_can_retry_a_kind_the_table_moves_on_from_and_other_kinds_keep_the_table()
    {
        var overrides = new Dictionary<FailureKind, FailureAction> { [FailureKind.InvalidResponse] = FailureAction.RetryThenNextModel };
        (ScriptedChatModel retried, Agent retrying) = TwoModels(FailureKind.InvalidResponse, overrides);
        (ScriptedChatModel table, Agent unchanged) = TwoModels(FailureKind.ContentFiltered, overrides);

        Assert.Equal("from m2", (await retrying.RunAsync("Hello")).Output);
        Assert.Equal("from m2", (await unchanged.RunAsync("Hello")).Output);

        Assert.Equal(3, retried.RequestsTo("m1").Count);
        Assert.Single(table.RequestsTo("m1"));
    }

    private static (ScriptedChatModel, Agent) TwoModels(FailureKind kind, IDictionary<FailureKind, FailureAction>? overrides = null)
    {
        var model = new ScriptedChatModel();
        for (int i = 0; i < 4; i++)
        {
            model.Script("m1").Fail(kind);
        }

        model.Script("m2").Text("from m2");
        AgentOptions options = TestAgents.Options("m1", "m2");
        if (overrides is not null)
        {
            options.FailureActions = overrides;
        }

        return (model, new Agent(model, options));
    }
}
