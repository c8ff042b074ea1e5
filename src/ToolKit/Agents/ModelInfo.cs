namespace ToolKit;

/// <summary>What the agent needs to know about a model before it sends a request.</summary>
/// <param name="Id">The model id.</param>
/// <param name="ContextLength">The context window in tokens, when known.</param>
/// <param name="SupportsTools">Whether the model accepts tools.</param>
/// <param name="SupportsResponseFormat">Whether the model accepts structured outputs.</param>
public sealed record ModelInfo(string Id, int? ContextLength, bool SupportsTools, bool SupportsResponseFormat);

/// <summary>A catalog of models for the agent's pre-flight capability filter (OpenRouter's <c>/models</c>, cached).</summary>
public interface IModelCatalog
{
    /// <summary>The model, or null when the catalog does not know it.</summary>
    ValueTask<ModelInfo?> FindAsync(string modelId, CancellationToken cancellationToken = default);
}
