using ToolKit.Chat;

namespace ToolKit.Tests.Agents.Fakes;

/// <summary>Options and helpers shared by the agent tests.</summary>
internal static class TestAgents
{
    /// <summary>Long enough that a correct run never gets near it; only a hang reaches it.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Options with tiny backoff delays and a cooldown registry of its own, so that tests neither wait nor see each
    /// other's failures.
    /// </summary>
    /// <summary>A request timeout no test waits for, so a <see cref="ManualTimeProvider"/> can leave its timers unobserved.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(17);

    /// <summary>A manual clock that does not report the agent's request-timeout timers.</summary>
    public static ManualTimeProvider Clock(params TimeSpan[] alsoUnobserved) => new([RequestTimeout, .. alsoUnobserved]);

    public static AgentOptions Options(params string[] models) => new()
    {
        Models = [.. models],
        Retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), RequestTimeout = RequestTimeout },
        Cooldowns = new ModelCooldowns(),
    };

    public static ToolCall Call(string id, string name, string arguments = "{}") => new(id, name, arguments);

    public static ChatUsage Usage(int totalTokens, decimal cost) =>
        new() { PromptTokens = totalTokens - 1, CompletionTokens = 1, TotalTokens = totalTokens, CostUsd = cost };

    /// <summary>Reads every event of a streamed run.</summary>
    public static async Task<List<AgentEvent>> CollectAsync(IAsyncEnumerable<AgentEvent> events)
    {
        var list = new List<AgentEvent>();
        await foreach (AgentEvent agentEvent in events)
        {
            list.Add(agentEvent);
        }

        return list;
    }

    /// <summary>The tool messages of a transcript, by call id.</summary>
    public static ChatMessage ToolMessage(IEnumerable<ChatMessage> messages, string callId) =>
        Assert.Single(messages, m => m.Role == ChatRole.Tool && m.ToolCallId == callId);
}
