using System.Text.Json;

namespace ToolKit.OpenRouter.Internal;

/// <summary>
/// What an error message may mention about the call (the requested model), and the one thing it must never mention:
/// the API key, which <see cref="Redact(string?)"/> removes from any text that reaches an exception.
/// </summary>
/// <remarks>Deliberately not a record, so that no generated <c>ToString</c> can print the key.</remarks>
internal sealed class ErrorContext
{
    private const string Redacted = "[REDACTED]";
    private readonly string? _apiKey;

    public ErrorContext(string? model, string? apiKey, TimeProvider timeProvider)
    {
        Model = model;
        _apiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey;
        TimeProvider = timeProvider;
    }

    /// <summary>The model the caller asked for.</summary>
    public string? Model { get; }

    /// <summary>The clock for <c>Retry-After</c> dates.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The text with every occurrence of the API key replaced.</summary>
    public string? Redact(string? text) =>
        text is null || _apiKey is null ? text : text.Replace(_apiKey, Redacted, StringComparison.Ordinal);

    /// <summary>
    /// The exception to attach as an inner exception: itself, or, when its text (message, inner exceptions, stack)
    /// holds the API key, a stand-in carrying that text with the key replaced.
    /// </summary>
    public Exception? Redact(Exception? exception)
    {
        if (exception is null || _apiKey is null)
        {
            return exception;
        }

        string text = exception.ToString();
        return text.Contains(_apiKey, StringComparison.Ordinal) ? new RedactedException(Redact(text)!) : exception;
    }

    /// <summary>The metadata with the API key removed from any value that holds it.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Redact(IReadOnlyDictionary<string, JsonElement>? metadata)
    {
        if (metadata is null || _apiKey is null)
        {
            return metadata;
        }

        Dictionary<string, JsonElement>? copy = null;
        foreach ((string name, JsonElement value) in metadata)
        {
            string raw = value.GetRawText();
            if (raw.Contains(_apiKey, StringComparison.Ordinal))
            {
                copy ??= new Dictionary<string, JsonElement>(metadata, StringComparer.Ordinal);
                copy[name] = RedactElement(raw);
            }
        }

        return copy ?? metadata;
    }

    private JsonElement RedactElement(string raw)
    {
        try
        {
            return JsonElement.Parse(raw.Replace(_apiKey!, Redacted, StringComparison.Ordinal));
        }
        catch (JsonException)
        {
            // The key spanned JSON syntax; drop the whole value rather than risk leaking part of it.
            return JsonElement.Parse("\"" + Redacted + "\"");
        }
    }
}
