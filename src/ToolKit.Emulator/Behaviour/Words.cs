using System.Text.RegularExpressions;

namespace ToolKit.Emulator.Behaviour;

/// <summary>
/// The default model's notion of words: lower-case tokens, a crude stem so "forecasts" meets "forecast", a stop list,
/// and a few synonyms so "weather" finds a forecast tool.
/// </summary>
internal static partial class Words
{
    /// <summary>Function words and generic tool vocabulary that say nothing about which tool fits.</summary>
    public static readonly IReadOnlySet<string> Stop = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "by", "can", "could", "do", "does", "for",
        "from", "get", "gets", "give", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "let",
        "me", "my", "of", "on", "or", "our", "please", "s", "set", "should", "show", "so", "some", "tell", "than",
        "that", "the", "their", "them", "then", "there", "these", "this", "to", "us", "use", "value", "was", "we",
        "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your", "tool", "function",
        "call", "return", "returns", "given", "name", "example", "e", "g", "optional", "required", "default", "list",
        "find", "today", "now", "just", "also", "want", "need", "like", "know",
    };

    /// <summary>Words that open requests ("Compare…", "Weather in…"): capitalised there, but not names.</summary>
    public static readonly IReadOnlySet<string> Starters = new HashSet<string>(StringComparer.Ordinal)
    {
        "add", "ask", "book", "calculate", "cancel", "check", "compare", "compute", "convert", "create", "delete", "describe",
        "draft", "email", "explain", "fetch", "forecast", "hello", "hey", "hi", "look", "lookup", "make", "order", "plan",
        "remind", "reserve", "schedule", "search", "send", "summarize", "summarise", "thanks", "translate", "update",
        "weather", "write", "yes", "no", "ok", "okay", "quick", "urgent",
    };

    // Each group is symmetric: a word in a group also matches the others in it.
    private static readonly string[][] SynonymGroups =
    [
        ["weather", "forecast", "temperature", "rain", "sunny"],
        ["price", "cost", "quote"],
        ["book", "reserve", "reservation"],
        ["search", "look", "lookup", "query"],
        ["add", "sum", "plus", "total"],
        ["multiply", "times", "product"],
        ["subtract", "minus", "difference"],
        ["divide", "quotient", "divided"],
        ["convert", "conversion", "exchange"],
        ["email", "mail", "send"],
        ["time", "clock", "hour"],
    ];

    private static readonly Dictionary<string, string[]> Synonyms = BuildSynonyms();

    /// <summary>The lower-case word tokens of a text, apostrophe suffixes dropped ("What's" → "what").</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        foreach (Match m in Token().Matches(text))
        {
            var word = m.Value.ToLowerInvariant();
            var apostrophe = word.IndexOfAny(['\'', '’']);
            yield return apostrophe > 0 ? word[..apostrophe] : word;
        }
    }

    /// <summary>The meaningful stems of a text: tokens minus stop words, stemmed.</summary>
    public static HashSet<string> Stems(string text) =>
        Tokens(text).Where(w => !Stop.Contains(w)).Select(Stem).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of an identifier: snake_case, kebab-case and camelCase split ("getForecast" → get, forecast).</summary>
    public static IEnumerable<string> IdentifierWords(string identifier) =>
        CamelBoundary().Replace(identifier, " ").Split([' ', '_', '-', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant());

    /// <summary>A crude, symmetric stem: plural, -ing and -ed endings dropped.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>The stem and its synonyms' stems.</summary>
    public static IEnumerable<string> WithSynonyms(string stem) =>
        Synonyms.TryGetValue(stem, out var group) ? group.Append(stem) : [stem];

    private static Dictionary<string, string[]> BuildSynonyms()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in SynonymGroups)
        {
            var stems = group.Select(Stem).ToArray();
            foreach (var stem in stems)
            {
                map[stem] = stems.Where(s => s != stem).ToArray();
            }
        }

        return map;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Token();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelBoundary();
}
