using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>The pre-flight filter: models the catalog says cannot serve the request get no request at all.</summary>
public sealed class CapabilityFilterTests
{
    [Fact]
    public async Task A_model_without_tool_support_is_skipped_when_the_run_has_tools()
    {
        var model = new ScriptedChatModel();
        model.Script("capable").Text("from capable");
        AgentOptions options = TestAgents.Options("no-tools", "capable");
        options.Tools = [new CountingTools()];
        options.ModelCatalog = new FakeModelCatalog(
            new ModelInfo("no-tools", 128_000, SupportsTools: false, SupportsResponseFormat: true),
            new ModelInfo("capable", 128_000, SupportsTools: true, SupportsResponseFormat: true));

        AgentRun run = await new Agent(model, options).RunAsync("Hello");

        Assert.Equal("from capable", run.Output);
        Assert.Empty(model.RequestsTo("no-tools"));
        ModelAttempt skipped = run.Attempts[0];
        Assert.Equal(("no-tools", true, (FailureKind?)FailureKind.ToolsUnsupported), (skipped.RequestedModel, skipped.Skipped, skipped.Failure));
    }

    [Fact]
    public async Task A_model_without_tool_support_is_used_when_the_run_has_no_tools()
    {
        var model = new ScriptedChatModel();
        model.Script("no-tools").Text("from no-tools");
        AgentOptions options = TestAgents.Options("no-tools", "capable");
        options.ModelCatalog = new FakeModelCatalog(new ModelInfo("no-tools", 128_000, SupportsTools: false, SupportsResponseFormat: false));

        AgentRun run = await new Agent(model, options).RunAsync("Hello");

        Assert.Equal("from no-tools", run.Output);
    }

    [Fact]
    public async Task A_model_whose_context_is_smaller_than_the_prompt_is_skipped()
    {
        var model = new ScriptedChatModel();
        model.Script("large").Text("from large");
        AgentOptions options = TestAgents.Options("small", "large");
        options.ModelCatalog = new FakeModelCatalog(
            new ModelInfo("small", 100, SupportsTools: true, SupportsResponseFormat: true),
            new ModelInfo("large", 200_000, SupportsTools: true, SupportsResponseFormat: true));

        // About 4 characters a token: 4,000 characters is about 1,000 tokens, more than "small" holds.
        AgentRun run = await new Agent(model, options).RunAsync(new string('x', 4_000));

        Assert.Equal("from large", run.Output);
        Assert.Empty(model.RequestsTo("small"));
        Assert.Equal(("small", true, (FailureKind?)FailureKind.ContextTooLong), (run.Attempts[0].RequestedModel, run.Attempts[0].Skipped, run.Attempts[0].Failure));
    }

    [Fact]
    public async Task A_model_the_catalog_does_not_know_is_tried()
    {
        var model = new ScriptedChatModel();
        model.Script("unlisted").Text("from unlisted");
        AgentOptions options = TestAgents.Options("unlisted");
        options.Tools = [new CountingTools()];
        options.ModelCatalog = new FakeModelCatalog();

        AgentRun run = await new Agent(model, options).RunAsync("Hello");

        Assert.Equal("from unlisted", run.Output);
    }
}
