using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>The account's credits, from <c>GET /credits</c>.</summary>
public sealed class CreditsInfo
{
    /// <summary>Credits bought, in USD.</summary>
    [JsonPropertyName("total_credits")]
    public decimal TotalCredits { get; set; }

    /// <summary>Credits used, in USD.</summary>
    [JsonPropertyName("total_usage")]
    public decimal TotalUsage { get; set; }

    /// <summary>What is left, in USD.</summary>
    [JsonIgnore]
    public decimal Remaining => TotalCredits - TotalUsage;
}
