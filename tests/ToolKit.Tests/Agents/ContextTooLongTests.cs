using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

public sealed class ContextTooLongTests
{
    [Fact]
    public async Task ContextTooLong_moves_to_a_model_with_a_larger_context()
    {
        var model = new ScriptedChatModel();
        model.Script("8k").Fail(FailureKind.ContextTooLong);
        model.Script("4k").Text("4k cannot hold it either");
        model.Script("128k").Text("from 128k");
        AgentOptions options = TestAgents.Options("8k", "4k", "128k");
        options.ModelCatalog = new FakeModelCatalog(
            new ModelInfo("8k", 8_000, true, true),
            new ModelInfo("4k", 4_000, true, true),
            new ModelInfo("128k", 128_000, true, true));

        AgentRun run = await new Agent(model, options).RunAsync("A long prompt.");

        Assert.Equal("from 128k", run.Output);
        Assert.Empty(model.RequestsTo("4k"));
        Assert.Equal(
            [("8k", false, (FailureKind?)FailureKind.ContextTooLong), ("4k", true, FailureKind.ContextTooLong), ("128k", false, null)],
            run.Attempts.Select(a => (a.RequestedModel, a.Skipped, a.Failure)));
    }

    [Fact]
    public async Task A_model_whose_context_was_too_short_is_not_asked_again_in_the_run()
    {
        var model = new ScriptedChatModel();
        model.Script("short").Fail(FailureKind.ContextTooLong);
        model.Script("long")
            .Calls(TestAgents.Call("c1", "lookup", """{"key":"k"}"""))
            .Text("Done.");
        AgentOptions options = TestAgents.Options("short", "long");
        options.Tools = [new CountingTools()];

        AgentRun run = await new Agent(model, options).RunAsync("Go");

        Assert.Equal("Done.", run.Output);
        Assert.Single(model.RequestsTo("short"));
        Assert.Contains("short", run.State.ExcludedModels);
    }
}
