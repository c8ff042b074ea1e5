using System.Text.Json;
using System.Text.Json.Nodes;
using ToolKit.OpenRouter;
using ToolKit.OpenRouter.Models;

namespace ToolKit.IntegrationTests.Wire;

/// <summary>
/// OpenRouter's extras set once in <see cref="AgentOptions.RequestExtensions"/> reach the wire unchanged on every
/// request of a run (every turn, every retry): checked against the exact JSON the emulator received.
/// </summary>
public sealed class RequestExtensionsTests
{
    private const string ExpectedExtras = """
        {
          "provider": {
            "order": ["OpenAI", "Anthropic"],
            "allow_fallbacks": false,
            "data_collection": "deny",
            "only": ["OpenAI", "Anthropic"],
            "ignore": ["Azure"],
            "sort": "price",
            "max_price": { "prompt": "5", "completion": "20" }
          },
          "models": ["anthropic/claude-sonnet-4"],
          "transforms": ["middle-out"],
          "plugins": [{ "id": "web", "max_results": 3 }],
          "usage": { "include": true }
        }
        """;

    [Theory]
    [InlineData(RunMode.NonStreaming)]
    [InlineData(RunMode.Streaming)]
    public async Task Provider_routing_max_price_models_transforms_and_plugins_go_out_exactly_on_every_request(RunMode mode)
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        // After turn 1, one 503 from both models of the server-side list, so the agent retries turn 2 once.
        var tools = new WeatherTools
        {
            AfterCall = () =>
            {
                harness.Emulator.SetModelFault(EmulatorHarness.Primary, "503;times=1");
                harness.Emulator.SetModelFault(EmulatorHarness.Fallback, "503;times=1");
            },
        };
        AgentOptions options = EmulatorHarness.Options(EmulatorHarness.Primary);
        options.Tools = [tools];
        options.Temperature = 0.2;
        options.RequestExtensions =
        [
            new OpenRouterRequestOptions
            {
                Provider = new ProviderPreferences
                {
                    Order = ["OpenAI", "Anthropic"],
                    AllowFallbacks = false,
                    DataCollection = "deny",
                    Only = ["OpenAI", "Anthropic"],
                    Ignore = ["Azure"],
                    Sort = ProviderSort.Price,
                },
                Models = [EmulatorHarness.Fallback],
                Transforms = ["middle-out"],
                Plugins = [Plugin.CreateWeb(maxResults: 3)],
                IncludeUsage = true,
            }.WithMaxPrice(promptPerMillion: 5m, completionPerMillion: 20m),
        ];
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        AgentRun run = (await AgentDriver.RunAsync(new Agent(harness.NewClient(), options), "What's the weather in Paris?", mode, deadline.Token)).Completed;

        // Turn 1, the failed first try of turn 2, and its retry.
        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal([(1, (FailureKind?)null), (2, FailureKind.Overloaded), (2, null)], run.Attempts.Select(a => (a.Turn, a.Failure)));
        IReadOnlyList<JsonElement> requests = harness.ChatRequests();
        Assert.Equal(3, requests.Count);
        JsonObject expected = JsonNode.Parse(ExpectedExtras)!.AsObject();
        foreach (JsonElement request in requests)
        {
            JsonObject body = JsonNode.Parse(request.GetRawText())!.AsObject();
            foreach ((string name, JsonNode? value) in expected)
            {
                Assert.True(JsonNode.DeepEquals(value, body[name]), $"{name}: expected {value?.ToJsonString()}, sent {body[name]?.ToJsonString()}");
            }

            // Everything else on the request is the agent's own, and nothing unasked for is added.
            Assert.Equal(EmulatorHarness.Primary, body["model"]!.GetValue<string>());
            Assert.Equal(0.2, body["temperature"]!.GetValue<double>());
            Assert.Equal("auto", body["tool_choice"]!.GetValue<string>());
            Assert.Equal("get_weather", body["tools"]![0]!["function"]!["name"]!.GetValue<string>());
            string[] expectedKeys = [.. expected.Select(p => p.Key), "model", "messages", "tools", "tool_choice", "temperature", .. mode == RunMode.Streaming ? ["stream"] : Array.Empty<string>()];
            Assert.Equal(expectedKeys.Order(StringComparer.Ordinal), body.Select(p => p.Key).Order(StringComparer.Ordinal));
        }
    }
}
