using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>The API key's limits and usage, from <c>GET /key</c> (formerly <c>/auth/key</c>).</summary>
public sealed class KeyInfo
{
    /// <summary>The key's label (a masked form of the key, never the key itself).</summary>
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    /// <summary>The credit limit in USD, or null for none.</summary>
    [JsonPropertyName("limit")]
    public decimal? Limit { get; set; }

    /// <summary>What is left of <see cref="Limit"/>, in USD.</summary>
    [JsonPropertyName("limit_remaining")]
    public decimal? LimitRemaining { get; set; }

    /// <summary>When the limit resets (<c>daily</c>, <c>weekly</c>, <c>monthly</c>), or null.</summary>
    [JsonPropertyName("limit_reset")]
    public string? LimitReset { get; set; }

    /// <summary>Credits used in all time, in USD.</summary>
    [JsonPropertyName("usage")]
    public decimal? Usage { get; set; }

    /// <summary>Credits used today (UTC), in USD.</summary>
    [JsonPropertyName("usage_daily")]
    public decimal? UsageDaily { get; set; }

    /// <summary>Credits used this week, in USD.</summary>
    [JsonPropertyName("usage_weekly")]
    public decimal? UsageWeekly { get; set; }

    /// <summary>Credits used this month, in USD.</summary>
    [JsonPropertyName("usage_monthly")]
    public decimal? UsageMonthly { get; set; }

    /// <summary>Whether the account has never bought credits.</summary>
    [JsonPropertyName("is_free_tier")]
    public bool? IsFreeTier { get; set; }

    /// <summary>Whether this is a management (provisioning) key.</summary>
    [JsonPropertyName("is_management_key")]
    public bool? IsManagementKey { get; set; }

    /// <summary>When the key expires, or null.</summary>
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Fields with no property here (BYOK usage, <c>rate_limit</c>, ...); kept as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
