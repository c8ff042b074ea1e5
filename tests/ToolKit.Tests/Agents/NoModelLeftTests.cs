using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>When no model is left to try, the failure says why instead of "unknown".</summary>
public sealed class NoModelLeftTests
{
    [Fact]
    public async Task A_single_model_removed_by_the_quality_fallback_fails_with_InvalidResponse()
    {
        var model = new ScriptedChatModel();
        model.Script("only")
            .Calls(TestAgents.Call("c1", "no_such_tool"))
            .Calls(TestAgents.Call("c2", "no_such_tool"));
        AgentOptions options = TestAgents.Options("only");
        options.Tools = [new CountingTools()];
        options.MaxConsecutiveInvalidToolTurns = 2;

        AgentRunException failure = await Assert.ThrowsAsync<AgentRunException>(() => new Agent(model, options).RunAsync("Go"));

        Assert.Equal(FailureKind.InvalidResponse, failure.Kind);
        Assert.Contains("excluded", failure.Message);
    }

    [Fact]
    public async Task Every_model_cooling_down_fails_with_the_skip_reason()
    {
        var cooldowns = new ModelCooldowns();
        cooldowns.RecordFailure("m1", DateTimeOffset.UtcNow, threshold: 1, TimeSpan.FromHours(1));
        AgentOptions options = TestAgents.Options("m1");
        options.Cooldowns = cooldowns;

        AgentRunException failure = await Assert.ThrowsAsync<AgentRunException>(() => new Agent(new ScriptedChatModel(), options).RunAsync("Go"));

        Assert.Equal(FailureKind.Overloaded, failure.Kind);
        Assert.Contains("cooling down", failure.Message);
    }
}
