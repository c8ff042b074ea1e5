using ToolKit.OpenRouter;
using ToolKit.OpenRouter.Models;

namespace ToolKit.IntegrationTests.Catalog;

/// <summary>The client's model-list filters as the emulator reads them, over loopback.</summary>
public sealed class ModelListQueryRoundTripTests
{
    [Fact]
    public async Task Filters_sent_by_the_client_are_applied_by_the_emulator()
    {
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        using OpenRouterClient client = harness.NewClient();
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();
        var query = new ModelListQuery { SupportedParameters = ["tools", "structured_outputs"], Authors = ["openai"], MinContextLength = 100_000 };

        IReadOnlyList<OpenRouterModel> all = await client.ListModelsAsync(cancellationToken: deadline.Token);
        IReadOnlyList<OpenRouterModel> filtered = await client.ListModelsAsync(query, deadline.Token);
        int count = await client.CountModelsAsync(cancellationToken: deadline.Token);
        IReadOnlyList<OpenRouterModel> page = await client.ListUserModelsAsync(offset: 3, limit: 4, deadline.Token);

        Assert.Equal(
            all.Where(m => m.Id.StartsWith("openai/", StringComparison.Ordinal) && m.ContextLength >= 100_000
                && m.Supports("tools") && m.Supports("structured_outputs")).Select(m => m.Id),
            filtered.Select(m => m.Id));
        Assert.NotEmpty(filtered);
        Assert.Equal(all.Count, count);
        Assert.Equal(all.Skip(3).Take(4).Select(m => m.Id), page.Select(m => m.Id));
    }
}
