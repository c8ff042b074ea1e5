using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// An error object: the <c>error</c> of an HTTP error body, of <c>choices[0]</c> in a 200 response, or of a stream
/// chunk.
/// </summary>
public sealed class OpenRouterError
{
    /// <summary>The error code as text: OpenRouter sends a number (usually the HTTP status) or a string.</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(ErrorCodeConverter))]
    public string? Code { get; set; }

    /// <summary>The message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>
    /// Details: <c>provider_name</c> and <c>raw</c> for provider errors, <c>reasons</c> and <c>flagged_input</c> for
    /// moderation, <c>error_type</c> for classified errors.
    /// </summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>The code as a number, when it is one.</summary>
    [JsonIgnore]
    public int? NumericCode => int.TryParse(Code, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;
}
