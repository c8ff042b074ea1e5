using System.Globalization;
using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>
/// <c>GET /models</c> filters, sorting and paging, <c>/models/count</c> and <c>/models/user</c>. Each expectation is
/// worked out here from the unfiltered list, so the test does not repeat the emulator's code.
/// </summary>
public sealed class ModelListFilterTests : EmulatorTest
{
    [Fact]
    public async Task Search_authors_context_and_prices_keep_exactly_the_matching_models()
    {
        List<JsonElement> all = await ListAsync("models");

        List<string> search = Ids(await ListAsync("models?q=CLAUDE"));
        List<string> authors = Ids(await ListAsync("models?model_authors=openai,anthropic"));
        List<string> bigAndCheap = Ids(await ListAsync("models?context=200000&max_price=1&min_output_price=0.5"));

        Assert.Equal(Ids(all.Where(m => Text(m, "id").Contains("claude", StringComparison.OrdinalIgnoreCase) || Text(m, "name").Contains("claude", StringComparison.OrdinalIgnoreCase))), search);
        Assert.NotEmpty(search);
        Assert.Equal(Ids(all.Where(m => Text(m, "id").StartsWith("openai/", StringComparison.Ordinal) || Text(m, "id").StartsWith("anthropic/", StringComparison.Ordinal))), authors);
        Assert.NotEmpty(authors);
        Assert.Equal(
            Ids(all.Where(m => m.GetProperty("context_length").GetInt64() >= 200000 && PerMillion(m, "prompt") is >= 0 and <= 1m && PerMillion(m, "completion") >= 0.5m)),
            bigAndCheap);
        Assert.NotEmpty(bigAndCheap);
    }

    [Fact]
    public async Task Modalities_filter_on_the_architecture_and_all_keeps_every_output()
    {
        List<JsonElement> all = await ListAsync("models");

        List<string> images = Ids(await ListAsync("models?input_modalities=image,text"));
        List<string> everyOutput = Ids(await ListAsync("models?output_modalities=all"));

        Assert.Equal(Ids(all.Where(m => Modalities(m, "input_modalities").Contains("image") && Modalities(m, "input_modalities").Contains("text"))), images);
        Assert.InRange(images.Count, 1, all.Count - 1);
        Assert.Equal(all.Count, everyOutput.Count);
    }

    [Fact]
    public async Task Sorting_and_paging_follow_the_query()
    {
        List<JsonElement> all = await ListAsync("models");

        List<string> page = Ids(await ListAsync("models?sort=pricing-low-to-high&offset=2&limit=5"));
        List<string> widest = Ids(await ListAsync("models?sort=context-high-to-low&limit=3"));

        Assert.Equal(Ids(all.OrderBy(m => Math.Max(PerMillion(m, "prompt"), 0) + Math.Max(PerMillion(m, "completion"), 0)).Skip(2).Take(5)), page);
        Assert.Equal(Ids(all.OrderByDescending(m => m.GetProperty("context_length").GetInt64()).Take(3)), widest);
    }

    [Fact]
    public async Task The_count_follows_the_same_filters()
    {
        List<JsonElement> tools = await ListAsync("models?supported_parameters=tools");

        Assert.Equal(335, await CountAsync("models/count"));
        Assert.Equal(tools.Count, await CountAsync("models/count?supported_parameters=tools"));
    }

    [Fact]
    public async Task The_users_list_needs_a_key_and_is_the_list()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.BaseUri };
        using HttpResponseMessage denied = await anonymous.GetAsync("models/user", Timeout);

        Assert.Equal(401, (int)denied.StatusCode);
        Assert.Equal(Ids(await ListAsync("models?limit=10")), Ids(await ListAsync("models/user?limit=10")));
    }

    private async Task<List<JsonElement>> ListAsync(string path)
    {
        (int status, string body) = await GetAsync(path);
        Assert.Equal(200, status);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("data").EnumerateArray().Select(m => m.Clone())];
    }

    private async Task<int> CountAsync(string path)
    {
        (int status, string body) = await GetAsync(path);
        Assert.Equal(200, status);
        return JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("count").GetInt32();
    }

    private static List<string> Ids(IEnumerable<JsonElement> models) => [.. models.Select(m => Text(m, "id"))];

    private static string Text(JsonElement model, string name) => model.GetProperty(name).GetString()!;

    private static decimal PerMillion(JsonElement model, string price) =>
        decimal.Parse(model.GetProperty("pricing").GetProperty(price).GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture) * 1_000_000m;

    private static List<string> Modalities(JsonElement model, string member) =>
        [.. model.GetProperty("architecture").GetProperty(member).EnumerateArray().Select(m => m.GetString()!)];
}
