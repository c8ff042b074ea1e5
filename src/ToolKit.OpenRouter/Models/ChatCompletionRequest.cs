using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// The body of <c>POST /chat/completions</c>. Null properties are left out of the JSON. Fields OpenRouter adds later
/// can be sent through <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class ChatCompletionRequest
{
    /// <summary>The model id, for example <c>openai/gpt-4o</c>, optionally with a variant such as <c>:free</c>, <c>:nitro</c> or <c>:online</c>.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>The conversation.</summary>
    [JsonPropertyName("messages")]
    public IList<ChatCompletionMessage> Messages { get; set; } = [];

    /// <summary>Server-side fallback models, tried in order when the primary fails.</summary>
    [JsonPropertyName("models")]
    public IList<string>? Models { get; set; }

    /// <summary>Legacy: <c>fallback</c>. The <see cref="Models"/> list alone now means fallback routing.</summary>
    [JsonPropertyName("route")]
    public string? Route { get; set; }

    /// <summary>Provider routing preferences, including <c>max_price</c>.</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Prompt transforms, for example <c>["middle-out"]</c> (legacy).</summary>
    [JsonPropertyName("transforms")]
    public IList<string>? Transforms { get; set; }

    /// <summary>Plugins such as <c>web</c> or <c>file-parser</c>.</summary>
    [JsonPropertyName("plugins")]
    public IList<Plugin>? Plugins { get; set; }

    /// <summary>The tools the model may call.</summary>
    [JsonPropertyName("tools")]
    public IList<ChatCompletionTool>? Tools { get; set; }

    /// <summary>Whether and which tool the model must call.</summary>
    [JsonPropertyName("tool_choice")]
    public ToolChoice? ToolChoice { get; set; }

    /// <summary>Whether the model may call several tools in one turn.</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; set; }

    /// <summary>Structured output.</summary>
    [JsonPropertyName("response_format")]
    public ResponseFormat? ResponseFormat { get; set; }

    /// <summary>Reasoning settings.</summary>
    [JsonPropertyName("reasoning")]
    public ReasoningOptions? Reasoning { get; set; }

    /// <summary>Sampling temperature, 0 to 2.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling, 0 to 1.</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; set; }

    /// <summary>Sample from the top K tokens only.</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; set; }

    /// <summary>-2 to 2: penalise tokens by how often they appeared.</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; set; }

    /// <summary>-2 to 2: penalise tokens that appeared at all.</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; set; }

    /// <summary>0 to 2: penalise repetition of input tokens.</summary>
    [JsonPropertyName("repetition_penalty")]
    public double? RepetitionPenalty { get; set; }

    /// <summary>0 to 1: the minimum probability relative to the most likely token.</summary>
    [JsonPropertyName("min_p")]
    public double? MinP { get; set; }

    /// <summary>0 to 1: like <see cref="MinP"/>, scaled by the top probability squared.</summary>
    [JsonPropertyName("top_a")]
    public double? TopA { get; set; }

    /// <summary>Token id (as a string) to a bias from -100 to 100.</summary>
    [JsonPropertyName("logit_bias")]
    public IDictionary<string, double>? LogitBias { get; set; }

    /// <summary>Return log probabilities of the output tokens.</summary>
    [JsonPropertyName("logprobs")]
    public bool? Logprobs { get; set; }

    /// <summary>How many most likely tokens to return per position (0 to 20), with <see cref="Logprobs"/>.</summary>
    [JsonPropertyName("top_logprobs")]
    public int? TopLogprobs { get; set; }

    /// <summary>The most tokens to generate.</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; set; }

    /// <summary>Stop sequences (always sent as an array; a single string is read too).</summary>
    [JsonPropertyName("stop")]
    [JsonConverter(typeof(StringOrArrayConverter))]
    public IList<string>? Stop { get; set; }

    /// <summary>A seed for repeatable sampling, where supported.</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; set; }

    /// <summary>A stable id for the end user, for abuse monitoring.</summary>
    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>Usage reporting (a no-op: usage with cost is always returned).</summary>
    [JsonPropertyName("usage")]
    public UsageOptions? Usage { get; set; }

    /// <summary>Stream the answer as server-sent events. The client sets this; leave it null.</summary>
    [JsonPropertyName("stream")]
    public bool? Stream { get; set; }

    /// <summary>Fields with no property here; sent as they are.</summary>
    /// <remarks>
    /// Extension data is a dictionary of <see cref="JsonElement"/> rather than a <c>JsonObject</c> because
    /// System.Text.Json writes a <c>JsonObject</c> extension property as malformed JSON (dotnet/runtime#60806).
    /// <see cref="OpenRouterRequestOptions.AdditionalProperties"/> takes a <c>JsonObject</c> and converts it.
    /// </remarks>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
