using System.Globalization;
using ToolKit.Emulator.Catalog;
using ToolKit.Emulator.Chat;

namespace ToolKit.Emulator.Faults;

/// <summary>
/// The HTTP errors OpenRouter sends, with its messages. Provider failures carry <c>metadata.provider_name</c> and the
/// canonical <c>metadata.error_type</c>; request errors (401, 402, 400, 413, 422) carry no metadata, as on the real API.
/// </summary>
internal static class FaultErrors
{
    public const string ToolsUnsupportedMessage =
        "No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing";

    public static EmulatorHttpException ToolsUnsupported(string? message = null) =>
        new(404, message ?? ToolsUnsupportedMessage) { FallbackEligible = true };

    public static EmulatorHttpException ContextTooLong(long contextLength, long promptTokens, long maxTokens, string? message = null)
    {
        var text = message ?? string.Create(CultureInfo.InvariantCulture,
            $"This endpoint's maximum context length is {contextLength} tokens. However, you requested about {promptTokens + maxTokens} tokens ({promptTokens} of text input, {maxTokens} in the output). Please reduce the length of either one, or use the \"middle-out\" transform to compress your prompt automatically.");
        return new EmulatorHttpException(400, text) { FallbackEligible = true };
    }

    public static EmulatorHttpException InsufficientCredits() =>
        new(402, "Insufficient credits. Add more using https://openrouter.ai/credits");

    /// <summary>The error an HTTP-error fault produces for this model, provider and prompt.</summary>
    public static EmulatorHttpException For(EmulatorFault fault, CatalogModel model, string provider, ChatRequestModel request, long promptTokens)
    {
        var eligible = fault.IsFallbackEligible;
        switch (fault.Kind)
        {
            case EmulatorFaultKind.ToolsUnsupported:
                return ToolsUnsupported(fault.Message);
            case EmulatorFaultKind.ContextTooLong:
                return ContextTooLong(model.ContextLength, Math.Max(promptTokens, model.ContextLength + 1), request.MaxTokens ?? 0, fault.Message);
            case EmulatorFaultKind.Moderation:
                var lastUser = request.Messages.LastOrDefault(m => m.Role == "user")?.Text ?? "";
                return new EmulatorHttpException(403,
                    fault.Message ?? $"{model.Id} requires moderation on {provider}. Your input was flagged for \"harassment\". No credits were charged.",
                    new Dictionary<string, object?>
                    {
                        ["reasons"] = new[] { "harassment" },
                        ["flagged_input"] = lastUser.Length > 100 ? lastUser[..100] + "..." : lastUser,
                        ["provider_name"] = provider,
                        ["model_slug"] = model.Id,
                    })
                { FallbackEligible = true };
        }

        var (message, errorType, raw) = fault.Status switch
        {
            400 => ("Invalid request parameters", null, null),
            401 => ("User not found.", null, null),
            402 => (InsufficientCredits().Message, null, null),
            408 => ("Operation timed out. Please try again later.", "timeout", null),
            413 => ("Request payload too large", null, null),
            422 => ("Invalid argument", null, null),
            429 => ($"{model.Id} is temporarily rate-limited upstream. Please retry shortly.", "rate_limit_exceeded", "Rate limit exceeded"),
            500 => ("Internal Server Error", "server", null),
            502 => ("Provider returned error", "provider_unavailable", "upstream connect error or disconnect/reset before headers"),
            503 => ("Service temporarily unavailable", "provider_unavailable", null),
            524 => ("Request timed out. Please try again later.", "timeout", null),
            529 => ("Provider returned error", "provider_overloaded", "Overloaded"),
            >= 500 => ("Provider returned error", "server", null),
            _ => ($"Emulated error {fault.Status}", (string?)null, (string?)null),
        };

        Dictionary<string, object?>? metadata = null;
        if (errorType is not null && fault.Status != 500)
        {
            metadata = new() { ["error_type"] = errorType, ["provider_name"] = provider };
            if (raw is not null)
            {
                metadata["raw"] = raw;
            }
        }
        else if (errorType is not null)
        {
            metadata = new() { ["error_type"] = errorType };
        }

        var headers = new Dictionary<string, string>();
        if (fault.Status == 429)
        {
            headers["Retry-After"] = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return new EmulatorHttpException(fault.Status, fault.Message ?? message, metadata) { FallbackEligible = eligible, Headers = headers };
    }
}
