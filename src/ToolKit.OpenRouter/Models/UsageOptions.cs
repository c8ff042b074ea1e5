using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// The <c>usage</c> request field. OpenRouter now returns usage with cost on every response, so
/// <c>{"include": true}</c> is accepted but changes nothing.
/// </summary>
public sealed class UsageOptions
{
    /// <summary>Ask for usage in the response (a no-op today: it is always returned).</summary>
    [JsonPropertyName("include")]
    public bool? Include { get; set; }
}
