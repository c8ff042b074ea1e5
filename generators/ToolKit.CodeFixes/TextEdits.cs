using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ToolKit.CodeFixes;

/// <summary>
/// The fixes are small insertions and replacements, made as text changes so that the user's formatting around
/// them stays exactly as it was.
/// </summary>
internal static class TextEdits
{
    /// <summary>The document with <paramref name="changes"/> applied; they must not overlap.</summary>
    public static async Task<Document> ApplyAsync(Document document, IEnumerable<TextChange> changes, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes.OrderBy(c => c.Span.Start)));
    }

    /// <summary>The line break the file already uses.</summary>
    public static string NewLine(SourceText text) => text.ToString().Contains("\r\n") ? "\r\n" : "\n";

    /// <summary>The whitespace at the start of the line holding <paramref name="position"/>.</summary>
    public static string IndentationAt(SourceText text, int position)
    {
        TextLine line = text.Lines.GetLineFromPosition(position);
        int end = line.Start;
        while (end < line.End && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }

    /// <summary>The start of the line holding <paramref name="position"/>.</summary>
    public static int LineStart(SourceText text, int position) => text.Lines.GetLineFromPosition(position).Start;

    public static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);

    public static TextChange Replace(TextSpan span, string text) => new(span, text);
}
