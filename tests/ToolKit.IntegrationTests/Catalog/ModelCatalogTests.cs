using ToolKit.OpenRouter;

namespace ToolKit.IntegrationTests.Catalog;

/// <summary>The agent's pre-flight capability filter over OpenRouter's /models, served by the emulator.</summary>
public sealed class ModelCatalogTests
{
    [Fact]
    public async Task The_catalog_reads_context_length_and_capabilities_from_models()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        var catalog = new OpenRouterModelCatalog(harness.NewClient());
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        ModelInfo? mini = await catalog.FindAsync("openai/gpt-4o-mini", deadline.Token);
        ModelInfo? free = await catalog.FindAsync("openai/gpt-4o-mini:nitro", deadline.Token);
        ModelInfo? noTools = await catalog.FindAsync("deepseek/deepseek-v3.2-speciale", deadline.Token);
        ModelInfo? unknown = await catalog.FindAsync("nobody/nothing", deadline.Token);

        Assert.Equal(new ModelInfo("openai/gpt-4o-mini", 128000, true, true), mini);
        Assert.Equal("openai/gpt-4o-mini:nitro", free!.Id);
        Assert.False(noTools!.SupportsTools);
        Assert.Null(unknown);

        // One /models request serves every look-up.
        Assert.Single(harness.Emulator.Requests, r => r.Path.EndsWith("/models", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_without_tools_is_skipped_before_any_request_is_sent()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        OpenRouterClient client = harness.NewClient();
        AgentOptions options = EmulatorHarness.Options("deepseek/deepseek-v3.2-speciale", EmulatorHarness.Fallback);
        options.Tools = [new WeatherTools()];
        options.ModelCatalog = new OpenRouterModelCatalog(client);
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = await new Agent(client, options).RunAsync("What's the weather in Paris?", deadline.Token);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        ModelAttempt skipped = run.Attempts[0];
        Assert.True(skipped.Skipped);
        Assert.Equal(ToolKit.Chat.FailureKind.ToolsUnsupported, skipped.Failure);
        Assert.DoesNotContain(harness.ChatRequests(), r => r.GetProperty("model").GetString() == "deepseek/deepseek-v3.2-speciale");
    }
}
