using System.Text.Json.Nodes;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter;

/// <summary>
/// OpenRouter-specific settings for a provider-neutral <see cref="Chat.ChatRequest"/>. Put an instance in
/// <see cref="Chat.ChatRequest.Extensions"/>; <see cref="OpenRouterClient"/> picks it out and copies it into the wire
/// request. Other <see cref="Chat.IChatModel"/> implementations ignore it.
/// </summary>
/// <example>
/// <code>
/// var request = new ChatRequest
/// {
///     Model = "anthropic/claude-sonnet-4",
///     Messages = [ChatMessage.User("Hi")],
///     Extensions = [new OpenRouterRequestOptions
///     {
///         Models = ["openai/gpt-4o"],
///         Provider = new ProviderPreferences { Sort = ProviderSort.Price, DataCollection = "deny" },
///     }.WithMaxPrice(promptPerMillion: 5m, completionPerMillion: 20m)],
/// };
/// </code>
/// </example>
public sealed class OpenRouterRequestOptions
{
    /// <summary>Provider routing: order, fallbacks, data policy, quantizations, sort and <c>max_price</c>.</summary>
    public ProviderPreferences? Provider { get; set; }

    /// <summary>Server-side fallback models, tried in order after <see cref="Chat.ChatRequest.Model"/>.</summary>
    public IList<string>? Models { get; set; }

    /// <summary>Legacy <c>route</c> (<c>fallback</c>); <see cref="Models"/> alone now does the same.</summary>
    public string? Route { get; set; }

    /// <summary>Prompt transforms, for example <c>["middle-out"]</c> (legacy).</summary>
    public IList<string>? Transforms { get; set; }

    /// <summary>Plugins such as <c>web</c>.</summary>
    public IList<Plugin>? Plugins { get; set; }

    /// <summary>Reasoning settings.</summary>
    public ReasoningOptions? Reasoning { get; set; }

    /// <summary>Sample from the top K tokens only.</summary>
    public int? TopK { get; set; }

    /// <summary>-2 to 2: penalise frequent tokens.</summary>
    public double? FrequencyPenalty { get; set; }

    /// <summary>-2 to 2: penalise tokens already present.</summary>
    public double? PresencePenalty { get; set; }

    /// <summary>0 to 2: penalise repetition.</summary>
    public double? RepetitionPenalty { get; set; }

    /// <summary>0 to 1: minimum probability relative to the top token.</summary>
    public double? MinP { get; set; }

    /// <summary>0 to 1: dynamic top-p.</summary>
    public double? TopA { get; set; }

    /// <summary>Token id to bias, -100 to 100.</summary>
    public IDictionary<string, double>? LogitBias { get; set; }

    /// <summary>Return log probabilities.</summary>
    public bool? Logprobs { get; set; }

    /// <summary>How many top tokens per position to return with <see cref="Logprobs"/>.</summary>
    public int? TopLogprobs { get; set; }

    /// <summary>Send <c>usage: {include: true}</c> (a no-op today: usage with cost always comes back).</summary>
    public bool? IncludeUsage { get; set; }

    /// <summary>Extra top-level request fields, sent as they are.</summary>
    public JsonObject? AdditionalProperties { get; set; }

    /// <summary>A last hook on the wire request, for anything the properties above don't cover.</summary>
    public Action<ChatCompletionRequest>? ConfigureRequest { get; set; }

    /// <summary>
    /// Sets <c>provider.max_price</c> (creating <see cref="Provider"/> if needed). Prompt and completion are USD per
    /// <b>million</b> tokens; request and image are USD per unit.
    /// </summary>
    /// <returns>This instance, for chaining.</returns>
    public OpenRouterRequestOptions WithMaxPrice(decimal? promptPerMillion, decimal? completionPerMillion, decimal? request = null, decimal? image = null)
    {
        Provider ??= new ProviderPreferences();
        Provider.MaxPrice = new MaxPrice { Prompt = promptPerMillion, Completion = completionPerMillion, Request = request, Image = image };
        return this;
    }

    /// <summary>
    /// Sets <c>provider.max_price</c> from a model's <c>/models</c> prices (USD per token strings, converted), allowing
    /// <paramref name="headroom"/> times the listed price.
    /// </summary>
    /// <returns>This instance, for chaining.</returns>
    public OpenRouterRequestOptions WithMaxPrice(ModelPricing pricing, decimal headroom = 1m)
    {
        Provider ??= new ProviderPreferences();
        Provider.MaxPrice = OpenRouterPricing.ToMaxPrice(pricing, headroom);
        return this;
    }
}
