namespace ToolKit.Emulator.Catalog;

/// <summary>Display names of providers, as responses report them in <c>provider</c>.</summary>
internal static class ProviderNames
{
    // The capture has no per-provider data, so a model's default provider is named after its author.
    private static readonly Dictionary<string, string> ByAuthor = new(StringComparer.Ordinal)
    {
        ["openai"] = "OpenAI",
        ["anthropic"] = "Anthropic",
        ["google"] = "Google",
        ["x-ai"] = "xAI",
        ["mistralai"] = "Mistral",
        ["deepseek"] = "DeepSeek",
        ["qwen"] = "Alibaba",
        ["alibaba"] = "Alibaba",
        ["meta-llama"] = "DeepInfra",
        ["amazon"] = "Amazon Bedrock",
        ["cohere"] = "Cohere",
        ["moonshotai"] = "Moonshot AI",
        ["z-ai"] = "Z.AI",
        ["microsoft"] = "Azure",
        ["nvidia"] = "Nvidia",
        ["minimax"] = "Minimax",
        ["perplexity"] = "Perplexity",
        ["ai21"] = "AI21",
        ["inception"] = "Inception",
        ["baidu"] = "Baidu",
        ["tencent"] = "Tencent",
        ["bytedance"] = "ByteDance",
        ["openrouter"] = "OpenRouter",
        ["emulator"] = "Emulator",
    };

    public static string ForAuthor(string author)
    {
        if (ByAuthor.TryGetValue(author, out var name))
        {
            return name;
        }

        // "arcee-ai" → "Arcee Ai": readable and stable.
        var words = author.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }

    /// <summary>The provider's routing slug: lower case, spaces as dashes ("Amazon Bedrock" → "amazon-bedrock").</summary>
    public static string Slug(string displayName) => displayName.ToLowerInvariant().Replace(' ', '-');

    /// <summary>Whether a name from <c>provider.order/only/ignore</c> denotes this provider (display name or slug).</summary>
    public static bool Matches(string requested, string displayName) =>
        string.Equals(requested, displayName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(requested, Slug(displayName), StringComparison.OrdinalIgnoreCase)
        || string.Equals(requested.Split('/')[0], Slug(displayName), StringComparison.OrdinalIgnoreCase);
}
