namespace ToolKit.Tests.Agents.Fakes;

/// <summary>A model catalog from a fixed list; models not in it are unknown (null), which the agent lets through.</summary>
public sealed class FakeModelCatalog(params ModelInfo[] models) : IModelCatalog
{
    private readonly Dictionary<string, ModelInfo> _models = models.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public ValueTask<ModelInfo?> FindAsync(string modelId, CancellationToken cancellationToken = default) =>
        new(_models.GetValueOrDefault(modelId));
}
