using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>A model whose tool calls keep failing to bind is replaced by the next model in the chain.</summary>
public sealed class QualityFallbackTests
{
    [Fact]
    public async Task A_model_sending_only_invalid_calls_for_the_configured_turns_is_replaced()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("weak")
            .Calls(TestAgents.Call("c1", "no_such_tool"))
            .Calls(TestAgents.Call("c2", "lookup", """{"kee":"typo"}"""))
            .Calls(TestAgents.Call("c3", "no_such_tool"))
            .Text("never asked");
        model.Script("strong")
            .Calls(TestAgents.Call("c4", "lookup", """{"key":"k"}"""))
            .Text("Found it.");
        AgentOptions options = TestAgents.Options("weak", "strong");
        options.Tools = [tools];
        options.MaxConsecutiveInvalidToolTurns = 3;

        AgentRun run = await new Agent(model, options).RunAsync("Look up k.");

        Assert.Equal("Found it.", run.Output);
        Assert.Equal(3, model.RequestsTo("weak").Count);
        Assert.Equal(2, model.RequestsTo("strong").Count);
        Assert.Equal(1, tools.Lookups);
        Assert.Contains("weak", run.State.ExcludedModels);
        ModelAttempt demotion = Assert.Single(run.Attempts, a => a.Failure == FailureKind.InvalidResponse);
        Assert.Equal("weak", demotion.RequestedModel);
        Assert.Contains("Quality fallback", demotion.FailureMessage);

        // The strong model inherits the whole transcript, failed calls included.
        Assert.Equal(7, model.RequestsTo("strong")[0].Messages.Count);
    }

    [Fact]
    public async Task A_valid_call_resets_the_count()
    {
        var tools = new CountingTools();
        var model = new ScriptedChatModel();
        model.Script("weak")
            .Calls(TestAgents.Call("c1", "no_such_tool"))
            .Calls(TestAgents.Call("c2", "lookup", """{"key":"k"}"""))
            .Calls(TestAgents.Call("c3", "no_such_tool"))
            .Text("Still here.");
        AgentOptions options = TestAgents.Options("weak", "strong");
        options.Tools = [tools];
        options.MaxConsecutiveInvalidToolTurns = 2;

        AgentRun run = await new Agent(model, options).RunAsync("Look up k.");

        Assert.Equal("Still here.", run.Output);
        Assert.Empty(model.RequestsTo("strong"));
    }
}
