using System.Text.RegularExpressions;

namespace ToolKit.Docs.Tests.Infrastructure;

/// <summary>
/// Decides whether a snippet file holds a docs block. Lines are compared with surrounding whitespace trimmed and inner
/// runs of whitespace folded, so a block may sit indented inside a method. A block is split into paragraphs at blank
/// lines: each paragraph must appear as consecutive lines of the file, and all of them in the same file. The block's
/// leading <c>using</c> lines may be anywhere in that file. In a docs line, <c>...</c> stands for code the reader
/// supplies, and matches any text on that line.
/// </summary>
public static partial class SnippetMatcher
{
    /// <summary>Null when <paramref name="fileText"/> holds <paramref name="block"/>; otherwise the first missing part.</summary>
    public static string? FindMissing(string block, string fileText)
    {
        string[] file = fileText.Split('\n').Select(Normalize).Where(l => l.Length > 0).ToArray();
        List<string> lines = block.Split('\n').Select(Normalize).ToList();
        int first = lines.FindIndex(l => l.Length > 0 && !UsingDirective().IsMatch(l));
        foreach (string directive in lines.Take(first < 0 ? lines.Count : first).Where(l => l.Length > 0))
        {
            if (!file.Contains(directive, StringComparer.Ordinal))
            {
                return directive;
            }
        }

        if (first < 0)
        {
            return null;
        }

        foreach (List<string> paragraph in Paragraphs(lines.Skip(first)))
        {
            Regex[] patterns = paragraph.Select(Pattern).ToArray();
            bool found = Enumerable.Range(0, Math.Max(0, file.Length - patterns.Length + 1))
                .Any(start => patterns.Select((p, j) => p.IsMatch(file[start + j])).All(m => m));
            if (!found)
            {
                return string.Join('\n', paragraph);
            }
        }

        return null;
    }

    private static IEnumerable<List<string>> Paragraphs(IEnumerable<string> lines)
    {
        var current = new List<string>();
        foreach (string line in lines)
        {
            if (line.Length > 0)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                yield return current;
                current = [];
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static Regex Pattern(string line) =>
        new("^" + Regex.Escape(line).Replace(@"\.\.\.", ".+?", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);

    private static string Normalize(string line) => Whitespace().Replace(line.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^using [A-Za-z_][\w.]*;$")]
    private static partial Regex UsingDirective();
}
