using System.Net;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>The catalog, key, credits and generation endpoints against recorded answers.</summary>
public sealed class InfoEndpointTests
{
    [Fact]
    public async Task ListModels_gets_models_and_filters_by_supported_parameter()
    {
        string catalog = Payloads.ReadReference("models-2025-12-02.json");
        var handler = new StubHandler().RespondJson(catalog).RespondJson(catalog);
        using OpenRouterClient client = TestClients.Create(handler);

        IReadOnlyList<OpenRouterModel> all = await client.ListModelsAsync();
        await client.ListModelsAsync(supportedParameters: "tools");

        Assert.Equal(335, all.Count);
        Assert.Equal(HttpMethod.Get, handler.Requests[0].Method);
        Assert.Equal("http://127.0.0.1:9/api/v1/models", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:9/api/v1/models?supported_parameters=tools", handler.Requests[1].Uri.AbsoluteUri);
        Assert.Empty(handler.Requests[0].Body);
        Assert.DoesNotContain("Content-Type", handler.Requests[0].Headers.Keys);
        Assert.Equal("application/json", handler.Requests[0].Header("Accept"));
        Assert.Equal("Bearer " + TestClients.ApiKey, handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task GetModelEndpoints_reads_the_wrapped_endpoint_list()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("model-endpoints.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        ModelEndpoints model = await client.GetModelEndpointsAsync("openai", "gpt-4o");

        Assert.Equal("http://127.0.0.1:9/api/v1/models/openai/gpt-4o/endpoints", handler.SingleRequest.Uri.AbsoluteUri);
        Assert.Equal("openai/gpt-4o", model.Id);
        Assert.Equal(["OpenAI", "Azure"], model.Endpoints!.Select(e => e.ProviderName!));
        ModelEndpoint openAi = model.Endpoints![0];
        Assert.Equal(128000, openAi.ContextLength);
        Assert.Equal(2.5m, openAi.Pricing!.PromptPerMillion);
        Assert.Equal(10m, openAi.Pricing.CompletionPerMillion);
        Assert.Contains("tools", openAi.SupportedParameters!);
        Assert.Equal(-1, model.Endpoints[1].Status);
        Assert.Equal("unknown", model.Endpoints[1].Quantization);
        Assert.True(model.AdditionalProperties is null || !model.AdditionalProperties.ContainsKey("endpoints"));
    }

    [Fact]
    public async Task Model_path_segments_are_escaped()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("model-endpoints.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.GetModelEndpointsAsync("meta-llama", "llama-3.3-70b-instruct:free");

        Assert.Equal("/api/v1/models/meta-llama/llama-3.3-70b-instruct%3Afree/endpoints", handler.SingleRequest.Uri.AbsolutePath);
    }

    [Fact]
    public async Task An_unknown_model_endpoint_lookup_is_a_404_failure()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.NotFound, """{"error":{"code":404,"message":"Model not found"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.GetModelEndpointsAsync("google", "gemini-pro-1.5"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(FailureKind.ModelNotFound, error.Kind);
        Assert.Equal("google/gemini-pro-1.5", error.Model);
    }

    [Fact]
    public async Task GetKey_reads_key_limits_and_usage_from_the_data_wrapper()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("key.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        KeyInfo key = await client.GetKeyAsync();

        Assert.Equal("http://127.0.0.1:9/api/v1/key", handler.SingleRequest.Uri.AbsoluteUri);
        Assert.Equal("sk-or-v1-abc...xyz", key.Label);
        Assert.Equal(100m, key.Limit);
        Assert.Equal(74.5m, key.LimitRemaining);
        Assert.Equal("monthly", key.LimitReset);
        Assert.Equal(25.5m, key.Usage);
        Assert.Equal(1.25m, key.UsageDaily);
        Assert.False(key.IsFreeTier);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero), key.ExpiresAt);
        Assert.True(key.AdditionalProperties!.ContainsKey("rate_limit"));
    }

    [Fact]
    public async Task GetCredits_reads_totals_from_the_data_wrapper()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("credits.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        CreditsInfo credits = await client.GetCreditsAsync();

        Assert.Equal("http://127.0.0.1:9/api/v1/credits", handler.SingleRequest.Uri.AbsoluteUri);
        Assert.Equal(50m, credits.TotalCredits);
        Assert.Equal(12.3456m, credits.TotalUsage);
        Assert.Equal(37.6544m, credits.Remaining);
    }

    [Fact]
    public async Task GetGeneration_retries_the_brief_404_with_a_doubling_wait()
    {
        var time = new RecordingTimeProvider();
        const string notYet = """{"error":{"code":404,"message":"Generation not found"}}""";
        var handler = new StubHandler()
            .Respond(HttpStatusCode.NotFound, notYet)
            .Respond(HttpStatusCode.NotFound, notYet)
            .RespondJson(Payloads.Read("generation.json"));
        using OpenRouterClient client = TestClients.Create(handler, o =>
        {
            o.TimeProvider = time;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.GenerationNotFoundDelay = TimeSpan.FromMilliseconds(250);
        });

        GenerationInfo generation = await client.GetGenerationAsync("gen-1764670000-AbCdEfGhIjKlMnOp");

        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("http://127.0.0.1:9/api/v1/generation?id=gen-1764670000-AbCdEfGhIjKlMnOp", r.Uri.AbsoluteUri));
        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500)], time.Waits);
        Assert.Equal("openai/gpt-4o-2024-08-06", generation.Model);
        Assert.Equal("OpenAI", generation.ProviderName);
        Assert.Equal(0.000115m, generation.TotalCost);
        Assert.Equal(14, generation.NativeTokensPrompt);
        Assert.Equal(8, generation.NativeTokensCompletion);
        Assert.False(generation.Streamed);
    }

    [Fact]
    public async Task GetGeneration_gives_up_after_the_configured_retries()
    {
        var time = new RecordingTimeProvider();
        const string notYet = """{"error":{"code":404,"message":"Generation not found"}}""";
        var handler = new StubHandler();
        for (int i = 0; i < 4; i++)
        {
            handler.Respond(HttpStatusCode.NotFound, notYet);
        }

        using OpenRouterClient client = TestClients.Create(handler, o => { o.TimeProvider = time; o.Timeout = Timeout.InfiniteTimeSpan; });

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.GetGenerationAsync("gen-missing"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], time.Waits);
    }

    [Fact]
    public async Task GetGeneration_does_not_retry_other_failures()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.Unauthorized, """{"error":{"code":401,"message":"No auth credentials found"}}""");
        using OpenRouterClient client = TestClients.Create(handler);

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.GetGenerationAsync("gen-1"));

        Assert.Equal(FailureKind.Unauthorized, error.Kind);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task GetGeneration_with_retries_off_asks_once()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.NotFound, """{"error":{"code":404,"message":"Generation not found"}}""");
        using OpenRouterClient client = TestClients.Create(handler, o => o.GenerationNotFoundRetries = 0);

        await Assert.ThrowsAsync<OpenRouterException>(() => client.GetGenerationAsync("gen-1"));

        Assert.Single(handler.Requests);
    }
}
