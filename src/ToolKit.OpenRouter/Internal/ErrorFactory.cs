using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Internal;

/// <summary>Builds <see cref="OpenRouterException"/>s for every failure shape, with the API key redacted.</summary>
internal static class ErrorFactory
{
    private const string GenerationIdHeader = "X-Generation-Id";
    private const int BodySnippetLength = 300;

    /// <summary>Shape 1: an HTTP error status, usually with <c>{"error": {code, message, metadata}}</c>.</summary>
    public static OpenRouterException FromHttpError(HttpResponseMessage response, string? body, ErrorContext context)
    {
        int status = (int)response.StatusCode;
        OpenRouterError? error = TryParseError(body);
        string? errorMessage = context.Redact(error?.Message);
        IReadOnlyDictionary<string, JsonElement>? metadata = context.Redact(error?.Metadata);
        FailureKind kind = FailureClassifier.FromHttpStatus(status, errorMessage, metadata);
        string? provider = MetadataString(metadata, "provider_name");
        string? generationId = HeaderValue(response.Headers, GenerationIdHeader);
        string detail = errorMessage
            ?? (string.IsNullOrWhiteSpace(body) ? response.ReasonPhrase ?? "no details" : Snippet(context.Redact(body)!));
        return new OpenRouterException(kind, Describe($"failed with HTTP {status}", kind, detail, error?.Code, provider, generationId, context))
        {
            StatusCode = status,
            RetryAfter = RetryAfter(response.Headers.RetryAfter, context.TimeProvider),
            Model = context.Model,
            Provider = provider,
            GenerationId = generationId,
            ErrorCode = context.Redact(error?.Code),
            ErrorMessage = errorMessage,
            Metadata = metadata,
        };
    }

    /// <summary>Shapes 2 and 3: an error inside a 200 response (<paramref name="where"/> says which) or a stream.</summary>
    public static OpenRouterException FromInBandError(OpenRouterError? error, string where, string? generationId, string? provider, string? servedModel, ErrorContext context)
    {
        string? errorMessage = context.Redact(error?.Message);
        IReadOnlyDictionary<string, JsonElement>? metadata = context.Redact(error?.Metadata);
        FailureKind kind = FailureClassifier.FromInBandError(error?.Code, errorMessage, metadata);
        provider = MetadataString(metadata, "provider_name") ?? provider;
        return new OpenRouterException(kind, Describe($"reported an error {where}", kind, errorMessage ?? "no details", error?.Code, provider, generationId, context))
        {
            StatusCode = 200,
            Model = context.Model,
            ServedModel = servedModel,
            Provider = provider,
            GenerationId = generationId,
            ErrorCode = context.Redact(error?.Code),
            ErrorMessage = errorMessage,
            Metadata = metadata,
        };
    }

    /// <summary>A transport fault: connection refused or reset, or a stream cut short.</summary>
    public static OpenRouterException Network(string detail, Exception? innerException, ErrorContext context, string? generationId = null)
    {
        string text = innerException is null ? detail : $"{detail}: {context.Redact(innerException.Message)}";
        return new(FailureKind.NetworkError, Describe("failed with a network error", FailureKind.NetworkError, text, null, null, generationId, context), context.Redact(innerException))
        {
            Model = context.Model,
            GenerationId = generationId,
        };
    }

    /// <summary>The client's deadline passed.</summary>
    public static OpenRouterException Timeout(TimeSpan timeout, Exception? innerException, ErrorContext context, string? generationId = null) =>
        new(FailureKind.Timeout, Describe("timed out", FailureKind.Timeout, $"no answer within {timeout}", null, null, generationId, context), context.Redact(innerException))
        {
            Model = context.Model,
            GenerationId = generationId,
        };

    /// <summary>A body that could not be read as the expected JSON, or one with no choices.</summary>
    public static OpenRouterException InvalidResponse(string why, Exception? innerException, ErrorContext context, int? status = null, string? generationId = null, string? servedModel = null) =>
        new(FailureKind.InvalidResponse, Describe("returned an unusable response", FailureKind.InvalidResponse, context.Redact(why)!, null, null, generationId, context), context.Redact(innerException))
        {
            StatusCode = status,
            Model = context.Model,
            ServedModel = servedModel,
            GenerationId = generationId,
        };

    /// <summary>The generation id header of a response, when present.</summary>
    public static string? GenerationId(HttpResponseMessage response) => HeaderValue(response.Headers, GenerationIdHeader);

    private static string Describe(string what, FailureKind kind, string detail, string? code, string? provider, string? generationId, ErrorContext context)
    {
        var text = new StringBuilder("OpenRouter ");
        if (context.Model is not null)
        {
            text.Append("request for model '").Append(context.Model).Append("' ");
        }

        text.Append(what).Append(" (").Append(kind).Append("): ").Append(detail);
        var facts = new List<string>(3);
        if (code is not null)
        {
            facts.Add("code " + context.Redact(code));
        }

        if (provider is not null)
        {
            facts.Add("provider " + provider);
        }

        if (generationId is not null)
        {
            facts.Add("generation " + generationId);
        }

        if (facts.Count > 0)
        {
            text.Append(" [").AppendJoin(", ", facts).Append(']');
        }

        return text.ToString();
    }

    private static OpenRouterError? TryParseError(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, OpenRouterJsonContext.Wire.ErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            TimeSpan wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? MetadataString(IReadOnlyDictionary<string, JsonElement>? metadata, string name) =>
        metadata is not null && metadata.TryGetValue(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? HeaderValue(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;

    private static string Snippet(string body)
    {
        string trimmed = body.Trim();
        return trimmed.Length <= BodySnippetLength ? trimmed : string.Concat(trimmed.AsSpan(0, BodySnippetLength), "...");
    }
}
