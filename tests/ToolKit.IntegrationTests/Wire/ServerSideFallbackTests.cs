using ToolKit.OpenRouter;

namespace ToolKit.IntegrationTests.Wire;

/// <summary>
/// OpenRouter's own fallback (<c>models</c> in the request) is invisible to the agent's chain but not to its records:
/// the request for the first model succeeds, and the attempt shows the model that actually served.
/// </summary>
public sealed class ServerSideFallbackTests
{
    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task A_server_side_fallback_is_one_successful_attempt_served_by_the_other_model(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        harness.Emulator.SetModelFault(EmulatorHarness.Primary, "503");
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary);
        options.RequestExtensions = [new OpenRouterRequestOptions { Models = [EmulatorHarness.Fallback] }];
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "Hello there", mode, deadline.Token)).Completed;

        ModelAttempt attempt = Assert.Single(run.Attempts);
        Assert.Equal((EmulatorHarness.Primary, EmulatorHarness.FallbackServed, "Anthropic", (FailureKind?)null),
            (attempt.RequestedModel, attempt.ServedModel, attempt.Provider, attempt.Failure));
        Assert.Single(harness.ChatRequests());
    }
}
