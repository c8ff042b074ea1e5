using ToolKit.Chat;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter;

/// <summary>
/// The agent's model catalog (<see cref="IModelCatalog"/>) over OpenRouter's <c>/models</c>: context lengths and
/// whether a model takes tools and structured outputs. The list is fetched on first use and kept for
/// <see cref="TimeToLive"/>; a failed fetch is not cached.
/// </summary>
public sealed class OpenRouterModelCatalog : IModelCatalog
{
    private readonly OpenRouterClient _client;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, ModelInfo>? _models;
    private DateTimeOffset _loadedAt;

    /// <summary>A catalog read through <paramref name="client"/>.</summary>
    public OpenRouterModelCatalog(OpenRouterClient client, TimeProvider? clock = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>How long the list is kept before it is fetched again. Default one hour.</summary>
    public TimeSpan TimeToLive { get; init; } = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public async ValueTask<ModelInfo?> FindAsync(string modelId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        Dictionary<string, ModelInfo> models = await LoadAsync(cancellationToken).ConfigureAwait(false);

        // Variants such as ":free" or ":nitro" share the base model's capabilities.
        return models.TryGetValue(modelId, out ModelInfo? info) ? info
            : modelId.IndexOf(':') is int colon and > 0 && models.TryGetValue(modelId[..colon], out info) ? info with { Id = modelId }
            : null;
    }

    private async ValueTask<Dictionary<string, ModelInfo>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_models is { } cached && _clock.GetUtcNow() - _loadedAt < TimeToLive)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_models is { } fresh && _clock.GetUtcNow() - _loadedAt < TimeToLive)
            {
                return fresh;
            }

            IReadOnlyList<OpenRouterModel> list = await _client.ListModelsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var models = new Dictionary<string, ModelInfo>(list.Count, StringComparer.Ordinal);
            foreach (OpenRouterModel model in list)
            {
                models[model.Id] = new ModelInfo(model.Id, model.ContextLength, model.Supports("tools"),
                    model.Supports("response_format") || model.Supports("structured_outputs"));
            }

            _models = models;
            _loadedAt = _clock.GetUtcNow();
            return models;
        }
        finally
        {
            _gate.Release();
        }
    }
}
