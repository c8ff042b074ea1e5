namespace ToolKit.Chat;

/// <summary>
/// Why a model call failed, mapped from HTTP status, error metadata and transport faults. The agent's fallback
/// policy decides per kind whether to retry, move to the next model, or fail (see docs/agent.md).
/// </summary>
public enum FailureKind
{
    /// <summary>Not classified.</summary>
    Unknown = 0,

    /// <summary>429: too many requests. Retry with backoff, honouring Retry-After; then the next model.</summary>
    RateLimited,

    /// <summary>502, 503, 529: the provider is overloaded or down. Retry; then the next model.</summary>
    Overloaded,

    /// <summary>500, 524, or an error inside a 200 response or a stream. Retry; then the next model.</summary>
    ProviderError,

    /// <summary>408, the client's deadline, or a stalled stream. Retry once; then the next model.</summary>
    Timeout,

    /// <summary>Connection refused or reset, or a truncated stream. Retry; then the next model.</summary>
    NetworkError,

    /// <summary>404: no endpoint of this model supports tool use. The next model, no retry.</summary>
    ToolsUnsupported,

    /// <summary>400: the prompt exceeds the model's context length. A model with a larger context.</summary>
    ContextTooLong,

    /// <summary>403 moderation, or finish reason content_filter. The next model.</summary>
    ContentFiltered,

    /// <summary>An unparseable body, empty choices, or tool arguments still invalid after repair. The next model.</summary>
    InvalidResponse,

    /// <summary>Another 400, 413 or 422: the request itself is wrong. Fail.</summary>
    BadRequest,

    /// <summary>401: the API key is missing or wrong. Fail fast.</summary>
    Unauthorized,

    /// <summary>402: the account has no credits left. Fail fast.</summary>
    InsufficientCredits,

    /// <summary>400 naming an unknown model id. The next model.</summary>
    ModelNotFound,
}
