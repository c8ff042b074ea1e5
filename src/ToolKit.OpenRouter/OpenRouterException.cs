using System.Text.Json;
using ToolKit.Chat;

namespace ToolKit.OpenRouter;

/// <summary>
/// An OpenRouter call failed: an HTTP error status, an error inside a 200 response, a mid-stream error event, a
/// transport fault, a timeout, or a response that could not be read. <see cref="ChatModelException.Kind"/> says what
/// to do about it. The API key never appears in the message or in any property.
/// </summary>
public class OpenRouterException : ChatModelException
{
    /// <summary>Creates the exception.</summary>
    public OpenRouterException(FailureKind kind, string message, Exception? innerException = null)
        : base(kind, message, innerException)
    {
    }

    /// <summary>The error code from the body, as text (OpenRouter sends a number or a string).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The error message from the body, as OpenRouter wrote it.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The error's <c>metadata</c> object, when there was one.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>The upstream provider's raw error (<c>metadata.raw</c>), as text.</summary>
    public string? Raw => MetadataText("raw");

    /// <summary>The classified error type (<c>metadata.error_type</c>), for example <c>rate_limit_exceeded</c>.</summary>
    public string? ErrorType => MetadataText("error_type");

    /// <summary>For moderation errors: why the input was flagged (<c>metadata.reasons</c>).</summary>
    public IReadOnlyList<string>? Reasons =>
        Metadata is not null && Metadata.TryGetValue("reasons", out JsonElement reasons) && reasons.ValueKind == JsonValueKind.Array
            ? [.. reasons.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String ? r.GetString()! : r.GetRawText())]
            : null;

    /// <summary>For moderation errors: the flagged part of the input (<c>metadata.flagged_input</c>).</summary>
    public string? FlaggedInput => MetadataText("flagged_input");

    private string? MetadataText(string name) =>
        Metadata is not null && Metadata.TryGetValue(name, out JsonElement value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;
}
