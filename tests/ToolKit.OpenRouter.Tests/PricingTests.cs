using System.Text.Json;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>The real /models capture, and the per-token to per-million price helpers checked by hand.</summary>
public sealed class PricingTests
{
    private static async Task<IReadOnlyList<OpenRouterModel>> CatalogAsync()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler().RespondJson(Payloads.ReadReference("models-2025-12-02.json")));
        return await client.ListModelsAsync();
    }

    [Fact]
    public async Task All_335_models_of_the_capture_load_with_ids_prices_and_parameters()
    {
        IReadOnlyList<OpenRouterModel> models = await CatalogAsync();

        Assert.Equal(335, models.Count);
        Assert.Equal(335, models.Select(m => m.Id).Distinct().Count());
        Assert.Equal(221, models.Count(m => m.Supports("tools")));
        Assert.All(models, m =>
        {
            Assert.NotNull(m.Pricing?.Prompt);
            Assert.NotNull(m.Pricing!.Completion);
            Assert.True(m.ContextLength > 0, m.Id);
            Assert.NotNull(m.Architecture?.InputModalities);
        });
        Assert.Equal(30, models.Count(m => m.Id.EndsWith(":free", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_price_but_the_variable_router_converts_to_per_million()
    {
        IReadOnlyList<OpenRouterModel> models = await CatalogAsync();

        OpenRouterModel router = Assert.Single(models, m => m.Pricing!.PromptPerMillion is null);
        Assert.Equal("openrouter/auto", router.Id);
        Assert.Equal("-1", router.Pricing!.Prompt);
        Assert.All(models.Where(m => m != router), m =>
        {
            Assert.NotNull(m.Pricing!.PromptPerMillion);
            Assert.NotNull(m.Pricing.CompletionPerMillion);
        });
    }

    [Theory]
    [InlineData("openai/gpt-4o", "2.5", "10")]
    [InlineData("openai/gpt-4o-mini", "0.15", "0.6")]
    [InlineData("anthropic/claude-3.5-sonnet", "6", "30")]
    [InlineData("google/gemma-3-4b-it", "0.01703012", "0.0681536")]
    [InlineData("meta-llama/llama-3.3-70b-instruct:free", "0", "0")]
    public async Task Published_prices_convert_to_these_per_million_figures(string id, string prompt, string completion)
    {
        IReadOnlyList<OpenRouterModel> models = await CatalogAsync();

        ModelPricing pricing = models.Single(m => m.Id == id).Pricing!;

        Assert.Equal(decimal.Parse(prompt, System.Globalization.CultureInfo.InvariantCulture), pricing.PromptPerMillion);
        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), pricing.CompletionPerMillion);
    }

    [Fact]
    public async Task Per_million_figures_convert_back_to_the_published_strings()
    {
        IReadOnlyList<OpenRouterModel> models = await CatalogAsync();

        Assert.All(models.Where(m => m.Pricing!.PromptPerMillion is not null), m =>
        {
            Assert.Equal(
                decimal.Parse(m.Pricing!.Prompt!, System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(OpenRouterPricing.PerMillionToPerTokenString(m.Pricing.PromptPerMillion!.Value), System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Theory]
    [InlineData(2.5, "0.0000025")]
    [InlineData(0.15, "0.00000015")]
    [InlineData(30, "0.00003")]
    [InlineData(0, "0")]
    public void Per_million_formats_as_a_per_token_string_without_exponent_or_trailing_zeros(decimal perMillion, string expected)
    {
        Assert.Equal(expected, OpenRouterPricing.PerMillionToPerTokenString(perMillion));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("free")]
    public void Missing_variable_or_malformed_prices_have_no_per_million_figure(string? price)
    {
        Assert.Null(OpenRouterPricing.PerTokenToPerMillion(price));
    }

    [Fact]
    public void Max_price_from_a_model_scales_tokens_to_per_million_and_keeps_per_unit_fees()
    {
        var gpt4o = new ModelPricing { Prompt = "0.0000025", Completion = "0.00001", Request = "0", Image = "0.003613" };

        MaxPrice max = OpenRouterPricing.ToMaxPrice(gpt4o, headroom: 1.2m);

        Assert.Equal(3m, max.Prompt);
        Assert.Equal(12m, max.Completion);
        Assert.Equal(0m, max.Request);
        Assert.Equal(0.0043356m, max.Image);
    }

    [Fact]
    public void The_cost_estimate_matches_the_recorded_usage_cost()
    {
        var gpt4o = new ModelPricing { Prompt = "0.0000025", Completion = "0.00001", Request = "0" };
        decimal recorded = JsonElement.Parse(Payloads.Read("chat-basic.json")).GetProperty("usage").GetProperty("cost").GetDecimal();

        Assert.Equal(recorded, OpenRouterPricing.EstimateCost(gpt4o, promptTokens: 14, completionTokens: 8));
        Assert.Null(OpenRouterPricing.EstimateCost(new ModelPricing { Prompt = "-1", Completion = "-1" }, 1, 1));
    }
}
