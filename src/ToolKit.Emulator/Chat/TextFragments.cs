namespace ToolKit.Emulator.Chat;

/// <summary>Splits text into stream-sized pieces without breaking a surrogate pair.</summary>
internal static class TextFragments
{
    /// <summary>Pieces of at most <paramref name="size"/> characters, cut after spaces where possible (for prose).</summary>
    public static List<string> AtWords(string text, int size)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + Math.Max(1, size));
            if (end < text.Length)
            {
                var space = text.LastIndexOf(' ', end - 1, end - start);
                if (space > start)
                {
                    end = space + 1;
                }
            }

            end = SafeEnd(text, start, end);
            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }

    /// <summary>Pieces of exactly <paramref name="size"/> characters but the last (for tool arguments).</summary>
    public static List<string> Fixed(string text, int size)
    {
        var pieces = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = SafeEnd(text, start, Math.Min(text.Length, start + Math.Max(1, size)));
            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }

    private static int SafeEnd(string text, int start, int end) =>
        end < text.Length && end > start + 1 && char.IsHighSurrogate(text[end - 1]) ? end - 1
        : end < text.Length && end == start + 1 && char.IsHighSurrogate(text[start]) ? end + 1
        : end;
}
