using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class RetryAfterTests
{
    [Fact]
    public async Task The_agent_waits_exactly_the_Retry_After_the_provider_asked_for()
    {
        var clock = TestAgents.Clock();
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.RateLimited, retryAfter: TimeSpan.FromSeconds(7)).Text("after the wait");
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.TimeProvider = clock;
        options.Retry = options.Retry with { MaxDelay = TimeSpan.FromSeconds(30) };

        Task<AgentRun> running = new Agent(model, options).RunAsync("Hello");

        // The only timer the agent starts is the backoff; the run cannot go on until the clock reaches it.
        TimeSpan wait = await clock.NextTimerAsync().AsTask().WaitAsync(TestAgents.HangGuard);
        Assert.Equal(TimeSpan.FromSeconds(7), wait);
        Assert.Single(model.Requests);
        clock.Advance(TimeSpan.FromSeconds(7));
        AgentRun run = await running.WaitAsync(TestAgents.HangGuard);

        Assert.Equal("after the wait", run.Output);
        Assert.Equal(TimeSpan.FromSeconds(7), run.Attempts[1].StartedAt - run.Attempts[0].StartedAt);
        Assert.All(run.Attempts, a => Assert.Equal("m1", a.RequestedModel));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxDelay_moves_to_the_next_model_at_once()
    {
        var clock = TestAgents.Clock();
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.RateLimited, retryAfter: TimeSpan.FromMinutes(5)).Text("m1 would answer after the wait");
        model.Script("m2").Text("from m2");
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.TimeProvider = clock;
        options.Retry = options.Retry with { MaxDelay = TimeSpan.FromSeconds(30) };

        AgentRun run = await new Agent(model, options).RunAsync("Hello").WaitAsync(TestAgents.HangGuard);

        Assert.Equal("from m2", run.Output);
        Assert.Single(model.RequestsTo("m1"));
        Assert.Equal(0, clock.TimersCreated);
    }

    [Fact]
    public async Task A_retry_that_would_pass_the_runs_deadline_moves_to_the_next_model()
    {
        var clock = TestAgents.Clock(TimeSpan.FromSeconds(10));
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.RateLimited, retryAfter: TimeSpan.FromSeconds(20));
        model.Script("m2").Text("from m2");
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.TimeProvider = clock;
        options.Retry = options.Retry with { MaxDelay = TimeSpan.FromSeconds(30) };
        options.Limits = new RunLimits { MaxDuration = TimeSpan.FromSeconds(10) };

        AgentRun run = await new Agent(model, options).RunAsync("Hello").WaitAsync(TestAgents.HangGuard);

        Assert.Equal("from m2", run.Output);
        Assert.Equal(0, clock.TimersCreated);
    }
}
