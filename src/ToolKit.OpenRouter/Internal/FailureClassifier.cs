using System.Text.Json;
using ToolKit.Chat;

namespace ToolKit.OpenRouter.Internal;

/// <summary>
/// Maps an OpenRouter failure to a <see cref="FailureKind"/> (DESIGN §6) from the HTTP status, the error message and
/// the error metadata. Messages are matched loosely because OpenRouter words them for people, not programs.
/// </summary>
internal static class FailureClassifier
{
    /// <summary>Classifies an HTTP error status with its body's error object.</summary>
    public static FailureKind FromHttpStatus(int status, string? message, IReadOnlyDictionary<string, JsonElement>? metadata) => status switch
    {
        400 when IsContextLength(message, metadata) => FailureKind.ContextTooLong,
        400 when IsUnknownModel(message) => FailureKind.ModelNotFound,
        400 or 413 or 422 => IsContextLength(message, metadata) ? FailureKind.ContextTooLong : FailureKind.BadRequest,
        401 => FailureKind.Unauthorized,
        402 => FailureKind.InsufficientCredits,
        403 => IsModeration(message, metadata) ? FailureKind.ContentFiltered : FailureKind.Unauthorized,
        404 when Contains(message, "tool") => FailureKind.ToolsUnsupported,
        404 => Contains(message, "model") ? FailureKind.ModelNotFound : FailureKind.BadRequest,
        408 => FailureKind.Timeout,
        429 => FailureKind.RateLimited,
        500 or 524 => FailureKind.ProviderError,
        502 or 503 or 529 => FailureKind.Overloaded,
        504 => FailureKind.Timeout,
        >= 500 => FailureKind.ProviderError,
        >= 400 => FailureKind.BadRequest,
        _ => FailureKind.InvalidResponse,
    };

    /// <summary>
    /// Classifies an error reported inside a 200 response or a stream. A numeric code that is an error status is
    /// classified like that status; otherwise the error type decides, and an unknown error is a provider error.
    /// </summary>
    public static FailureKind FromInBandError(string? code, string? message, IReadOnlyDictionary<string, JsonElement>? metadata)
    {
        if (int.TryParse(code, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int status)
            && status is >= 400 and < 600)
        {
            return FromHttpStatus(status, message, metadata);
        }

        return FromErrorType(ErrorType(metadata) ?? code) ?? (IsContextLength(message, metadata) ? FailureKind.ContextTooLong : FailureKind.ProviderError);
    }

    private static FailureKind? FromErrorType(string? errorType) => errorType switch
    {
        "context_length_exceeded" => FailureKind.ContextTooLong,
        "rate_limit_exceeded" => FailureKind.RateLimited,
        "provider_overloaded" or "provider_unavailable" => FailureKind.Overloaded,
        "timeout" => FailureKind.Timeout,
        "content_policy_violation" or "refusal" => FailureKind.ContentFiltered,
        "authentication" or "permission_denied" => FailureKind.Unauthorized,
        "payment_required" => FailureKind.InsufficientCredits,
        "server" or "server_error" => FailureKind.ProviderError,
        _ => null,
    };

    private static bool IsContextLength(string? message, IReadOnlyDictionary<string, JsonElement>? metadata) =>
        ErrorType(metadata) == "context_length_exceeded"
        || Contains(message, "context length")
        || Contains(message, "context_length")
        || Contains(message, "context window")
        || Contains(message, "maximum context");

    // OpenRouter: "<id> is not a valid model ID"; upstreams word it in several ways.
    private static bool IsUnknownModel(string? message) =>
        Contains(message, "not a valid model")
        || Contains(message, "invalid model")
        || Contains(message, "no such model")
        || Contains(message, "unknown model")
        || (Contains(message, "model") && (Contains(message, "not found") || Contains(message, "does not exist")));

    private static bool IsModeration(string? message, IReadOnlyDictionary<string, JsonElement>? metadata) =>
        (metadata is not null && (metadata.ContainsKey("reasons") || metadata.ContainsKey("flagged_input")))
        || Contains(message, "moderation")
        || Contains(message, "flagged");

    private static string? ErrorType(IReadOnlyDictionary<string, JsonElement>? metadata) =>
        metadata is not null && metadata.TryGetValue("error_type", out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool Contains(string? text, string value) =>
        text is not null && text.Contains(value, StringComparison.OrdinalIgnoreCase);
}
