using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class CooldownTests
{
    [Fact]
    public async Task A_model_that_keeps_failing_is_skipped_by_the_next_run_of_any_agent_sharing_the_cooldowns()
    {
        var cooldowns = new ModelCooldowns();
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded);
        model.Script("m2").Text("first run").Text("second run");
        AgentOptions first = TestAgents.Options("m1", "m2");
        first.Cooldowns = cooldowns;
        AgentOptions second = TestAgents.Options("m1", "m2");
        second.Cooldowns = cooldowns;

        AgentRun run1 = await new Agent(model, first).RunAsync("One");
        AgentRun run2 = await new Agent(model, second).RunAsync("Two");

        Assert.Equal("first run", run1.Output);
        Assert.Equal("second run", run2.Output);

        // Three failures (CooldownAfterFailures) put m1 in cooldown: the second run sends it nothing.
        Assert.Equal(3, model.RequestsTo("m1").Count);
        ModelAttempt skipped = run2.Attempts[0];
        Assert.Equal("m1", skipped.RequestedModel);
        Assert.True(skipped.Skipped);
        Assert.False(skipped.Succeeded);
        Assert.StartsWith("Skipped:", skipped.FailureMessage);
        Assert.Equal("m2", run2.Attempts[1].RequestedModel);
        Assert.True(run2.Attempts[1].Succeeded);
    }

    [Fact]
    public async Task Agents_with_their_own_cooldowns_do_not_see_each_others_failures()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded).Text("m1 again");
        model.Script("m2").Text("first run");

        await new Agent(model, TestAgents.Options("m1", "m2")).RunAsync("One");
        AgentRun run2 = await new Agent(model, TestAgents.Options("m1", "m2")).RunAsync("Two");

        Assert.Equal("m1 again", run2.Output);
        Assert.DoesNotContain(run2.Attempts, a => a.Skipped);
    }

    [Fact]
    public async Task Failures_that_say_nothing_about_health_do_not_count_toward_a_cooldown()
    {
        var cooldowns = new ModelCooldowns();
        var model = new ScriptedChatModel();
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.Cooldowns = cooldowns;
        options.Retry = options.Retry with { CooldownAfterFailures = 1 };
        model.Script("m1").Fail(FailureKind.ContentFiltered).Text("m1 is fine");
        model.Script("m2").Text("from m2");

        await new Agent(model, options).RunAsync("One");
        AgentRun run2 = await new Agent(model, options).RunAsync("Two");

        Assert.Equal("m1 is fine", run2.Output);
        Assert.False(cooldowns.IsCoolingDown("m1", DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task A_cooldown_ends_after_its_duration()
    {
        var clock = TestAgents.Clock();
        var model = new ScriptedChatModel();
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.TimeProvider = clock;
        options.Retry = options.Retry with { MaxRetries = 0, CooldownAfterFailures = 1, Cooldown = TimeSpan.FromSeconds(60) };
        model.Script("m1").Fail(FailureKind.Overloaded).Text("m1 is back");
        model.Script("m2").Text("from m2").Text("from m2 again");
        var agent = new Agent(model, options);

        await agent.RunAsync("One");
        clock.Advance(TimeSpan.FromSeconds(59));
        AgentRun during = await agent.RunAsync("Two");
        clock.Advance(TimeSpan.FromSeconds(1));
        AgentRun after = await agent.RunAsync("Three");

        Assert.Equal("from m2 again", during.Output);
        Assert.True(during.Attempts[0].Skipped);
        Assert.Equal("m1 is back", after.Output);
    }

    [Fact]
    public async Task A_success_resets_the_failure_count()
    {
        var cooldowns = new ModelCooldowns();
        var model = new ScriptedChatModel();
        AgentOptions options = TestAgents.Options("m1");
        options.Cooldowns = cooldowns;
        model.Script("m1")
            .Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded).Text("ok")
            .Fail(FailureKind.Overloaded).Fail(FailureKind.Overloaded).Text("ok again");
        var agent = new Agent(model, options);

        await agent.RunAsync("One");
        AgentRun run2 = await agent.RunAsync("Two");

        // Two failures, a success, two failures: never three in a row, so never a cooldown.
        Assert.Equal("ok again", run2.Output);
        Assert.DoesNotContain(run2.Attempts, a => a.Skipped);
    }
}
