using ToolKit.Chat;

namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// Every failure row of DESIGN §6 and every emulator fault that ends a model turn, each fired persistently (retries
/// run out, then the fallback serves) and, for the retried kinds, a limited number of times (a retry succeeds).
/// </summary>
public static class FaultMatrix
{
    // Well under the emulator's 6 s delays, and long enough for a loopback request on a busy machine.
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(2);

    public static readonly IReadOnlyDictionary<string, FaultCase> Cases = new FaultCase[]
    {
        // Retried kinds, persistent: every try fails, then the next model serves.
        new("429;retry-after=0", FailureKind.RateLimited, FailureKind.RateLimited),
        new("500", FailureKind.ProviderError, FailureKind.ProviderError),
        new("502", FailureKind.Overloaded, FailureKind.Overloaded),
        new("503", FailureKind.Overloaded, FailureKind.Overloaded),
        new("524", FailureKind.ProviderError, FailureKind.ProviderError),
        new("529", FailureKind.Overloaded, FailureKind.Overloaded),
        new("408", FailureKind.Timeout, FailureKind.Timeout),

        // Errors inside a 200 and mid-stream carry code 502, which the client classifies like HTTP 502.
        new("choice-error", FailureKind.Overloaded, FailureKind.Overloaded),
        new("choice-error;code=server_error", FailureKind.ProviderError, FailureKind.ProviderError),
        new("stream-error", FailureKind.Overloaded, FailureKind.Overloaded),
        new("stream-error;code=server_error", FailureKind.ProviderError, FailureKind.ProviderError),
        new("reset", FailureKind.NetworkError, FailureKind.NetworkError),

        // A stream cut short is a network fault; half a JSON body is an unparseable response.
        new("truncated", FailureKind.NetworkError, FailureKind.InvalidResponse),
        new("slow-first-token", FailureKind.Timeout, FailureKind.Timeout) { RequestTimeout = ShortTimeout },
        new("stall", FailureKind.Timeout, FailureKind.Timeout) { RequestTimeout = ShortTimeout },

        // Retried kinds that recover: the fault fires fewer times than the model is tried.
        new("429;times=2;retry-after=0", FailureKind.RateLimited, FailureKind.RateLimited),
        new("500;times=1", FailureKind.ProviderError, FailureKind.ProviderError),
        new("502;times=2", FailureKind.Overloaded, FailureKind.Overloaded),
        new("503;times=1", FailureKind.Overloaded, FailureKind.Overloaded),
        new("524;times=1", FailureKind.ProviderError, FailureKind.ProviderError),
        new("529;times=1", FailureKind.Overloaded, FailureKind.Overloaded),
        new("408;times=1", FailureKind.Timeout, FailureKind.Timeout),
        new("choice-error;times=1", FailureKind.Overloaded, FailureKind.Overloaded),
        new("stream-error;times=1", FailureKind.Overloaded, FailureKind.Overloaded),
        new("reset;times=1", FailureKind.NetworkError, FailureKind.NetworkError),
        new("truncated;times=1", FailureKind.NetworkError, FailureKind.InvalidResponse),
        new("slow-first-token;times=1", FailureKind.Timeout, FailureKind.Timeout) { RequestTimeout = ShortTimeout },
        new("stall;times=1", FailureKind.Timeout, FailureKind.Timeout) { RequestTimeout = ShortTimeout },

        // Next model at once.
        new("404", FailureKind.ToolsUnsupported, FailureKind.ToolsUnsupported),
        new("context-too-long", FailureKind.ContextTooLong, FailureKind.ContextTooLong),
        new("403", FailureKind.ContentFiltered, FailureKind.ContentFiltered),
        new("content-filter", FailureKind.ContentFiltered, FailureKind.ContentFiltered),
        new("empty-choices", FailureKind.InvalidResponse, FailureKind.InvalidResponse),

        // Fail: a typed AgentRunException carrying the transcript.
        new("401", FailureKind.Unauthorized, FailureKind.Unauthorized),
        new("402", FailureKind.InsufficientCredits, FailureKind.InsufficientCredits),
        new("400", FailureKind.BadRequest, FailureKind.BadRequest),
        new("413", FailureKind.BadRequest, FailureKind.BadRequest),
        new("422", FailureKind.BadRequest, FailureKind.BadRequest),
    }.ToDictionary(c => c.Spec, StringComparer.Ordinal);

    /// <summary>Every spec in both modes; plain strings, so each case is its own test in the runner.</summary>
    public static TheoryData<string, RunMode> SpecsInBothModes()
    {
        var data = new TheoryData<string, RunMode>();
        foreach (string spec in Cases.Keys)
        {
            data.Add(spec, RunMode.NonStreaming);
            data.Add(spec, RunMode.Streaming);
        }

        return data;
    }
}
