using Microsoft.CodeAnalysis.Text;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>A diagnostic a test expects: its id and the exact span it must point at.</summary>
internal sealed record ExpectedDiagnostic(string Id, TextSpan Span);

/// <summary>
/// Test markup in the style of Microsoft.CodeAnalysis.Testing: <c>{|TK0002:value|}</c> marks the span where TK0002
/// must be reported. Markers may nest.
/// </summary>
internal static class Markup
{
    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new System.Text.StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Start)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (string.CompareOrdinal(markup, i, "{|", 0, 2) == 0)
            {
                int colon = markup.IndexOf(':', i + 2);
                Assert.True(colon > i + 2, $"A '{{|' marker at {i} has no 'ID:'.");
                open.Push((markup[(i + 2)..colon], source.Length));
                i = colon + 1;
            }
            else if (string.CompareOrdinal(markup, i, "|}", 0, 2) == 0 && open.Count > 0)
            {
                (string id, int start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i += 2;
            }
            else
            {
                source.Append(markup[i++]);
            }
        }

        Assert.True(open.Count == 0, "A '{|' marker is not closed.");
        return (source.ToString(), expected);
    }
}
