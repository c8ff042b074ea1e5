namespace ToolKit.Chat;

/// <summary>A model call failed. <see cref="Kind"/> tells the agent what to do about it.</summary>
public class ChatModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChatModelException(FailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>What kind of failure this is.</summary>
    public FailureKind Kind { get; }

    /// <summary>The HTTP status, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>How long the provider asked the caller to wait before retrying.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The model that was asked for.</summary>
    public string? Model { get; init; }

    /// <summary>
    /// The model that served the failed answer, when the provider named one: an error reported inside a response or a
    /// stream, or an answer that was received but could not be used. Null when no answer arrived (an HTTP error status,
    /// a network fault, a timeout).
    /// </summary>
    public string? ServedModel { get; init; }

    /// <summary>The upstream provider that failed, when known.</summary>
    public string? Provider { get; init; }

    /// <summary>The generation id, when the failure happened after generation started.</summary>
    public string? GenerationId { get; init; }
}
