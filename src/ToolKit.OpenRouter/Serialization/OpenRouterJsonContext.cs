using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>
/// Source-generated serialization metadata for every wire type: no reflection, so the client is trim- and
/// AOT-safe. Property names come from <see cref="JsonPropertyNameAttribute"/> on each model.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(ContentPart))]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(ModelListEnvelope))]
[JsonSerializable(typeof(DataEnvelope<ModelEndpoints>))]
[JsonSerializable(typeof(DataEnvelope<KeyInfo>))]
[JsonSerializable(typeof(DataEnvelope<CreditsInfo>))]
[JsonSerializable(typeof(DataEnvelope<GenerationInfo>))]
[JsonSerializable(typeof(DataEnvelope<ModelCount>))]
internal sealed partial class OpenRouterJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The instance the client uses. Relaxed escaping writes quotes and non-ASCII text as themselves (<c>\"</c>, not
    /// <c>\u0022</c>): the JSON goes to an API, never into HTML, and tool arguments stay byte-for-byte readable.
    /// </summary>
    public static OpenRouterJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
