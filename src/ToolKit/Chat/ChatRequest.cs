namespace ToolKit.Chat;

/// <summary>A provider-neutral chat request, as the agent sends it to an <see cref="IChatModel"/>.</summary>
public sealed record ChatRequest
{
    /// <summary>The model id, for example <c>openai/gpt-4o</c>.</summary>
    public required string Model { get; init; }

    /// <summary>The conversation so far.</summary>
    public required IReadOnlyList<ChatMessage> Messages { get; init; }

    /// <summary>The tools the model may call.</summary>
    public IReadOnlyList<ToolDefinition>? Tools { get; init; }

    /// <summary>Whether and which tools the model may call.</summary>
    public ChatToolChoice? ToolChoice { get; init; }

    /// <summary>Whether the model may call several tools in one turn.</summary>
    public bool? ParallelToolCalls { get; init; }

    /// <summary>Structured output.</summary>
    public ChatResponseFormat? ResponseFormat { get; init; }

    /// <summary>Sampling temperature.</summary>
    public double? Temperature { get; init; }

    /// <summary>Nucleus sampling.</summary>
    public double? TopP { get; init; }

    /// <summary>The most tokens to generate.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Stop sequences.</summary>
    public IReadOnlyList<string>? Stop { get; init; }

    /// <summary>A seed for repeatable sampling, where supported.</summary>
    public int? Seed { get; init; }

    /// <summary>An end-user id for abuse monitoring.</summary>
    public string? User { get; init; }

    /// <summary>
    /// Provider-specific options, each a typed object the provider's client recognises (for example OpenRouter's
    /// routing options). Clients ignore types they do not know.
    /// </summary>
    public IReadOnlyList<object>? Extensions { get; init; }

    /// <summary>The first extension of type <typeparamref name="T"/>, or null.</summary>
    public T? GetExtension<T>() where T : class => Extensions?.OfType<T>().FirstOrDefault();
}
