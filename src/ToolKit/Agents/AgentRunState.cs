using System.Text.Json;
using ToolKit.Chat;

namespace ToolKit;

/// <summary>
/// Everything needed to continue a run in another process: the transcript, usage, attempts, the tool-call ledger
/// and pending approvals. It is plain JSON (<see cref="ToJson"/>, <see cref="FromJson"/>), so a host can persist it
/// as it is.
/// </summary>
public sealed class AgentRunState
{
    /// <summary>The run id; part of every tool call's idempotency key.</summary>
    public string RunId { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The transcript, including instructions.</summary>
    public List<ChatMessage> Messages { get; set; } = [];

    /// <summary>Tokens and cost so far.</summary>
    public ChatUsage Usage { get; set; } = ChatUsage.Zero;

    /// <summary>Every model attempt so far.</summary>
    public List<ModelAttempt> Attempts { get; set; } = [];

    /// <summary>Model requests that succeeded (turns).</summary>
    public int Turns { get; set; }

    /// <summary>Tool calls run so far.</summary>
    public int ToolCalls { get; set; }

    /// <summary>The tool-call ledger, keyed by <c>{message index}:{call id}</c>.</summary>
    public Dictionary<string, ToolCallRecord> Ledger { get; set; } = [];

    /// <summary>Calls waiting for approval.</summary>
    public List<PendingApproval> PendingApprovals { get; set; } = [];

    /// <summary>Decisions received for pending calls, by call id.</summary>
    public Dictionary<string, ApprovalDecision> Decisions { get; set; } = [];

    /// <summary>Models that must not be tried again in this run (tools unsupported, unknown id, quality fallback).</summary>
    public List<string> ExcludedModels { get; set; } = [];

    /// <summary>Consecutive turns whose tool calls were all invalid.</summary>
    public int ConsecutiveInvalidTurns { get; set; }

    /// <summary>The most tokens one request used: the estimate for the next request when checking the token budget.</summary>
    public int LargestTurnTokens { get; set; }

    /// <summary>The most one request cost: the estimate for the next request when checking the cost budget.</summary>
    public decimal LargestTurnCostUsd { get; set; }

    /// <summary>Time spent in earlier sessions of this run (before a pause or a crash).</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>The run's status when it was last saved.</summary>
    public AgentRunStatus? Status { get; set; }

    /// <summary>Which limit ended the run, when one did.</summary>
    public string? LimitReached { get; set; }

    /// <summary>The state as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, AgentJsonContext.Default.AgentRunState);

    /// <summary>Reads a state written by <see cref="ToJson"/>.</summary>
    public static AgentRunState FromJson(string json) =>
        JsonSerializer.Deserialize(json, AgentJsonContext.Default.AgentRunState)
        ?? throw new JsonException("The run state JSON is null.");
}
