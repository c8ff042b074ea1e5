using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary><c>/key</c>, <c>/credits</c> (which go down with use), 402 when they run out, and <c>/generation</c>.</summary>
public sealed class AccountTests : EmulatorTest
{
    private readonly TestClock _clock = new(Now);

    protected override EmulatorOptions CreateOptions()
    {
        var options = base.CreateOptions();
        options.TimeProvider = _clock;
        return options;
    }

    [Theory]
    [InlineData("key")]
    [InlineData("auth/key")]
    public async Task Key_is_wrapped_in_data(string path)
    {
        var (status, body) = await GetAsync(path);

        Assert.Equal(200, status);
        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        Assert.Equal("sk-or-v1-emu...key", data.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("limit").ValueKind);
        Assert.Equal(0m, data.GetProperty("usage").GetDecimal());
        Assert.False(data.GetProperty("is_free_tier").GetBoolean());
    }

    [Fact]
    public async Task Credits_go_down_by_the_cost_of_each_completion()
    {
        var before = Credits(await GetAsync("credits"));
        var (_, first) = await ChatAsync(Requests.Chat("openai/gpt-4.1", "What's the weather in Paris?", false, Requests.ForecastTool));
        var (_, second) = await ChatAsync(Requests.Chat("openai/gpt-4.1", "hi", true));
        var after = Credits(await GetAsync("credits"));

        var firstCost = JsonDocument.Parse(first).RootElement.GetProperty("usage").GetProperty("cost").GetDecimal();
        var secondCost = Sse.Chunks(second)[^1].GetProperty("usage").GetProperty("cost").GetDecimal();
        Assert.Equal((10m, 0m), before);
        Assert.Equal(10m, after.Total);
        Assert.Equal(firstCost + secondCost, after.Used);
        Assert.Equal(after.Used, Emulator.TotalUsage);
        Assert.True(after.Used > 0);
    }

    [Fact]
    public async Task Cost_is_tokens_times_the_catalog_prices()
    {
        var (_, body) = await ChatAsync(Requests.Chat("openai/gpt-4.1", "hi"));

        // openai/gpt-4.1: $0.000002 per prompt token, $0.000008 per completion token.
        var usage = JsonDocument.Parse(body).RootElement.GetProperty("usage");
        var prompt = usage.GetProperty("prompt_tokens").GetInt64();
        var completion = usage.GetProperty("completion_tokens").GetInt64();
        Assert.Equal(1, prompt);
        Assert.Equal(13, completion);
        Assert.Equal(prompt + completion, usage.GetProperty("total_tokens").GetInt64());
        Assert.Equal((prompt * 0.000002m) + (completion * 0.000008m), usage.GetProperty("cost").GetDecimal());
    }

    [Fact]
    public async Task Chat_is_refused_with_402_once_credits_are_used_up()
    {
        Emulator.TotalCredits = 0;

        var (status, body) = await ChatAsync(Requests.Chat());

        Assert.Equal(402, status);
        Assert.Equal("""{"error":{"code":402,"message":"Insufficient credits. Add more using https://openrouter.ai/credits"}}""", body);
    }

    [Fact]
    public async Task A_generation_is_not_found_at_first_then_has_stats()
    {
        using var response = await PostChatAsync(Requests.Chat("openai/gpt-4.1"));
        var body = await response.Content.ReadAsStringAsync(Timeout);
        var id = response.Headers.GetValues("X-Generation-Id").Single();
        Assert.Equal(id, JsonDocument.Parse(body).RootElement.GetProperty("id").GetString());

        var (first, missing) = await GetAsync($"generation?id={id}");
        var (second, found) = await GetAsync($"generation?id={id}");

        Assert.Equal(404, first);
        Assert.Equal($$$"""{"error":{"code":404,"message":"Generation {{{id}}} not found"}}""", missing);
        Assert.Equal(200, second);
        var data = JsonDocument.Parse(found).RootElement.GetProperty("data");
        var usage = JsonDocument.Parse(body).RootElement.GetProperty("usage");
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal("openai/gpt-4.1-2025-04-14", data.GetProperty("model").GetString());
        Assert.Equal("OpenAI", data.GetProperty("provider_name").GetString());
        Assert.Equal(usage.GetProperty("cost").GetDecimal(), data.GetProperty("total_cost").GetDecimal());
        Assert.Equal(usage.GetProperty("completion_tokens").GetInt64(), data.GetProperty("tokens_completion").GetInt64());
        Assert.False(data.GetProperty("streamed").GetBoolean());
    }

    [Fact]
    public async Task A_generation_stays_hidden_until_its_delay_has_passed()
    {
        Emulator.Options.GenerationNotFoundLookups = 0;
        Emulator.Options.GenerationVisibleAfter = TimeSpan.FromSeconds(2);
        using var response = await PostChatAsync(Requests.Chat());
        var id = response.Headers.GetValues("X-Generation-Id").Single();

        var (early, _) = await GetAsync($"generation?id={id}");
        _clock.Now = Now.AddSeconds(3);
        var (later, _) = await GetAsync($"generation?id={id}");

        Assert.Equal((404, 200), (early, later));
    }

    [Theory]
    [InlineData("generation", 400, """{"error":{"code":400,"message":"id: required"}}""")]
    [InlineData("generation?id=gen-nope", 404, """{"error":{"code":404,"message":"Generation gen-nope not found"}}""")]
    public async Task Generation_lookups_without_a_known_id_fail(string path, int status, string expected)
    {
        Assert.Equal((status, expected), await GetAsync(path));
    }

    [Fact]
    public async Task Account_endpoints_need_the_key()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.BaseUri };

        foreach (var path in new[] { "key", "credits", "generation?id=x" })
        {
            using var response = await anonymous.GetAsync(path, Timeout);
            Assert.Equal(401, (int)response.StatusCode);
        }
    }

    private static (decimal Total, decimal Used) Credits((int Status, string Body) response)
    {
        Assert.Equal(200, response.Status);
        var data = JsonDocument.Parse(response.Body).RootElement.GetProperty("data");
        return (data.GetProperty("total_credits").GetDecimal(), data.GetProperty("total_usage").GetDecimal());
    }
}
