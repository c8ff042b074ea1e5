using System.Globalization;
using System.Text.RegularExpressions;

namespace ToolKit.Emulator.Behaviour;

/// <summary>
/// Values found in a prompt, handed out once each to the parameters that can use them: quoted text, capitalised
/// names ("Paris", "New York"), numbers (with the words around them), dates, times, e-mail addresses and URLs.
/// </summary>
internal sealed partial class PromptFacts
{
    private readonly string _lower;
    private readonly List<string> _quoted = [];
    private readonly List<string> _names = [];
    private readonly List<NumberFact> _numbers = [];
    private readonly List<string> _dates = [];
    private readonly List<string> _dateTimes = [];
    private readonly List<string> _times = [];
    private readonly List<string> _emails = [];
    private readonly List<string> _urls = [];

    /// <param name="text">The text to mine (the last user message, plus tool results for a final JSON answer).</param>
    /// <param name="excludedStems">Stems never taken as names: the tool's own words and its enum values.</param>
    public PromptFacts(string text, IEnumerable<string> excludedStems)
    {
        Text = text;
        _lower = text.ToLowerInvariant();
        var masked = text.ToCharArray();
        Collect(Quoted(), masked, _quoted, m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value);
        Collect(Url(), masked, _urls, m => m.Value.TrimEnd('.', ',', ')', ';', '!', '?'));
        Collect(Email(), masked, _emails, m => m.Value);
        Collect(DateTime(), masked, _dateTimes, m => m.Value);
        Collect(Date(), masked, _dates, m => m.Value);
        Collect(Time(), masked, _times, m => m.Value);
        var rest = new string(masked);
        CollectNumbers(rest);
        CollectNames(rest, excludedStems.ToHashSet(StringComparer.Ordinal));
    }

    public string Text { get; }

    /// <summary>Whether the text names this value as a whole word ("celsius", "new_york" as "new york").</summary>
    public bool Mentions(string value) => MentionAt(value) >= 0;

    /// <summary>Where the text first names this value as a whole word, or -1.</summary>
    public int MentionAt(string value)
    {
        var phrase = value.ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Trim();
        if (phrase.Length == 0)
        {
            return -1;
        }

        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(phrase).Replace(@"\ ", @"[\s_-]+") + @"(?![\p{L}\p{N}])";
        Match match = Regex.Match(_lower, pattern);
        return match.Success ? match.Index : -1;
    }

    public string? TakeQuoted(Func<string, bool> accept) => Take(_quoted, accept);

    public string? TakeName(Func<string, bool> accept) => Take(_names, accept);

    public string? TakeDate() => Take(_dates, _ => true) ?? Take(_dateTimes, _ => true)?[..10];

    public string? TakeDateTime() => Take(_dateTimes, _ => true) ?? (Take(_dates, _ => true) is { } d ? d + "T00:00:00Z" : null);

    public string? TakeTime() => Take(_times, _ => true);

    public string? TakeEmail() => Take(_emails, _ => true);

    public string? TakeUrl() => Take(_urls, _ => true);

    /// <summary>
    /// The next unused number, preferring one next to a word of the parameter's name ("3 days" for <c>days</c>).
    /// </summary>
    public decimal? TakeNumber(IReadOnlySet<string> nameStems, bool integer, Func<decimal, bool> accept)
    {
        var candidates = _numbers.Where(n => !n.Used && (!integer || n.Value == decimal.Truncate(n.Value)) && accept(n.Value)).ToList();
        var pick = candidates.FirstOrDefault(n => nameStems.Contains(n.Before) || nameStems.Contains(n.After)) ?? candidates.FirstOrDefault();
        if (pick is null)
        {
            return null;
        }

        pick.Used = true;
        return pick.Value;
    }

    private static string? Take(List<string> pool, Func<string, bool> accept)
    {
        var index = pool.FindIndex(v => accept(v));
        if (index < 0)
        {
            return null;
        }

        var value = pool[index];
        pool.RemoveAt(index);
        return value;
    }

    private static void Collect(Regex regex, char[] masked, List<string> pool, Func<Match, string> value)
    {
        foreach (Match m in regex.Matches(new string(masked)))
        {
            pool.Add(value(m));
            // Masked so a number inside a quote or a date is not taken again as a number.
            Array.Fill(masked, ' ', m.Index, m.Length);
        }
    }

    private void CollectNumbers(string text)
    {
        foreach (Match m in Number().Matches(text))
        {
            var value = decimal.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var before = Words.Tokens(text[..m.Index]).LastOrDefault() ?? "";
            var after = Words.Tokens(text[(m.Index + m.Length)..]).FirstOrDefault() ?? "";
            _numbers.Add(new NumberFact(value, Words.Stem(before), Words.Stem(after)));
        }
    }

    private void CollectNames(string text, HashSet<string> excluded)
    {
        // A sentence's first word is capitalised anyway ("Compare Paris and Rome"), so such names come last.
        var inner = new List<string>();
        var initial = new List<string>();
        var run = new List<string>();
        var runStart = 0;
        var runEnd = -1;
        foreach (Match m in CapitalisedWord().Matches(text))
        {
            var word = m.Value;
            var lower = Words.Tokens(word).FirstOrDefault() ?? "";
            var skip = word == "I" || Words.Stop.Contains(lower) || excluded.Contains(Words.Stem(lower));
            var adjacent = run.Count > 0 && text.AsSpan(runEnd, m.Index - runEnd).ToString() == " ";
            if (skip || !adjacent)
            {
                Flush();
            }

            if (!skip)
            {
                if (run.Count == 0)
                {
                    runStart = m.Index;
                }

                run.Add(word);
                runEnd = m.Index + m.Length;
            }
        }

        Flush();
        _names.AddRange(inner);
        _names.AddRange(initial);

        void Flush()
        {
            if (run.Count == 0)
            {
                return;
            }

            var before = text[..runStart].TrimEnd();
            var sentenceStart = before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '\n';
            if (sentenceStart && Words.Starters.Contains(run[0].ToLowerInvariant()))
            {
                run.RemoveAt(0);
                runStart = -1;
            }

            if (run.Count > 0)
            {
                (sentenceStart && runStart >= 0 ? initial : inner).Add(string.Join(' ', run));
            }

            run.Clear();
        }
    }

    private sealed class NumberFact(decimal value, string before, string after)
    {
        public decimal Value { get; } = value;

        public string Before { get; } = before;

        public string After { get; } = after;

        public bool Used { get; set; }
    }

    [GeneratedRegex("\"([^\"]+)\"|“([^”]+)”|(?<![\\p{L}\\p{N}])'([^']+)'(?![\\p{L}\\p{N}])")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex DateTime();

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])-?\d+(?:\.\d+)?(?![\p{L}\p{N}]|\.\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}+)?")]
    private static partial Regex CapitalisedWord();
}
