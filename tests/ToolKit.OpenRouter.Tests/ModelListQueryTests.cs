using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary><c>GET /models</c> with every filter, <c>/models/user</c> and <c>/models/count</c>.</summary>
public sealed class ModelListQueryTests
{
    private const string OneModel = """{"data":[{"id":"openai/gpt-4o","name":"OpenAI: GPT-4o","context_length":128000,"pricing":{"prompt":"0.0000025","completion":"0.00001"}}]}""";

    [Fact]
    public async Task Every_filter_is_sent_under_the_apis_name_escaped_with_invariant_numbers()
    {
        var handler = new StubHandler().RespondJson(OneModel);
        using OpenRouterClient client = TestClients.Create(handler);
        var query = new ModelListQuery
        {
            Offset = 10,
            Limit = 50,
            Category = "programming",
            SupportedParameters = ["tools", "response_format"],
            OutputModalities = ["text"],
            Sort = "pricing-low-to-high",
            Search = "gpt 4o & co",
            InputModalities = ["text", "image"],
            MinContextLength = 128000,
            MinPromptPrice = 0m,
            MaxPromptPrice = 2.5m,
            Architecture = "GPT",
            Authors = ["openai", "anthropic"],
            Providers = ["OpenAI"],
            Distillable = false,
            ZeroDataRetentionOnly = true,
            Region = "eu",
            MinCompletionPrice = 0.5m,
            MaxCompletionPrice = 10m,
            MinAgeDays = 0,
            MaxAgeDays = 90,
            MinIntelligenceIndex = 50.5,
            MaxIntelligenceIndex = 100,
            MinCodingIndex = 40,
            MaxCodingIndex = 99.9,
            MinAgenticIndex = 30,
            MaxAgenticIndex = 80,
            MinToolSuccessRate = 0.9,
            MaxToolSuccessRate = 1,
        };

        IReadOnlyList<OpenRouterModel> models;
        using (new CultureScope("de-DE"))
        {
            models = await client.ListModelsAsync(query);
        }

        Assert.Equal("openai/gpt-4o", Assert.Single(models).Id);
        Assert.Equal(
            "/api/v1/models?offset=10&limit=50&category=programming&supported_parameters=tools%2Cresponse_format&output_modalities=text"
            + "&sort=pricing-low-to-high&q=gpt%204o%20%26%20co&input_modalities=text%2Cimage&context=128000&min_price=0&max_price=2.5"
            + "&arch=GPT&model_authors=openai%2Canthropic&providers=OpenAI&distillable=false&zdr=true&region=eu&min_output_price=0.5"
            + "&max_output_price=10&min_age_days=0&max_age_days=90&min_intelligence_index=50.5&max_intelligence_index=100"
            + "&min_coding_index=40&max_coding_index=99.9&min_agentic_index=30&max_agentic_index=80&min_tool_success_rate=0.9"
            + "&max_tool_success_rate=1",
            handler.SingleRequest.Uri.PathAndQuery);
    }

    [Fact]
    public async Task An_empty_query_asks_for_the_whole_list_and_unset_flags_are_left_out()
    {
        var handler = new StubHandler().RespondJson(OneModel).RespondJson(OneModel);
        using OpenRouterClient client = TestClients.Create(handler);

        await client.ListModelsAsync(new ModelListQuery());
        await client.ListModelsAsync(new ModelListQuery { SupportedParameters = [], ZeroDataRetentionOnly = false, Search = "" });

        Assert.All(handler.Requests, r => Assert.Equal("/api/v1/models", r.Uri.PathAndQuery));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.ListModelsAsync((ModelListQuery)null!));
    }

    [Fact]
    public async Task The_users_models_are_listed_with_paging_and_the_key()
    {
        var handler = new StubHandler().RespondJson(OneModel).RespondJson(OneModel);
        using OpenRouterClient client = TestClients.Create(handler);

        IReadOnlyList<OpenRouterModel> models = await client.ListUserModelsAsync(offset: 0, limit: 100);
        await client.ListUserModelsAsync();

        Assert.Equal("openai/gpt-4o", Assert.Single(models).Id);
        Assert.Equal("/api/v1/models/user?offset=0&limit=100", handler.Requests[0].Uri.PathAndQuery);
        Assert.Equal("/api/v1/models/user", handler.Requests[1].Uri.PathAndQuery);
        Assert.Equal("Bearer " + TestClients.ApiKey, handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task The_model_count_is_read_from_its_envelope_and_a_count_without_data_is_an_invalid_response()
    {
        var handler = new StubHandler().RespondJson("""{"data":{"count":150}}""").RespondJson("""{"data":null}""");
        using OpenRouterClient client = TestClients.Create(handler);

        Assert.Equal(150, await client.CountModelsAsync(["text", "image"]));
        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.CountModelsAsync());

        Assert.Equal("/api/v1/models/count?output_modalities=text%2Cimage", handler.Requests[0].Uri.PathAndQuery);
        Assert.Equal("/api/v1/models/count", handler.Requests[1].Uri.PathAndQuery);
        Assert.Equal(FailureKind.InvalidResponse, error.Kind);
    }

    /// <summary>Runs a block under another culture, where decimal commas would break a hand-formatted number.</summary>
    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentCulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = _previous;
    }
}
