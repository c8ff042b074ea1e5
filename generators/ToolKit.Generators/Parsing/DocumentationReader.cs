using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace ToolKit.Generators.Parsing;

/// <summary>
/// Reads descriptions from XML documentation comments. When the project does not build a documentation file the
/// compiler does not parse doc comments, so the raw <c>///</c> trivia is read instead.
/// </summary>
internal static class DocumentationReader
{
    /// <summary>The parsed doc comment of <paramref name="symbol"/>, or null when it has none.</summary>
    public static XElement? Read(ISymbol symbol, CancellationToken cancellationToken)
    {
        string? xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            xml = ReadTrivia(symbol, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            return XElement.Parse(xml, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The rendered text of a top-level element such as <c>summary</c>, or null.</summary>
    public static string? Element(XElement? doc, string name) => Render(doc?.Element(name));

    /// <summary>The rendered text of <c>&lt;param name="..."&gt;</c>, or null.</summary>
    public static string? Parameter(XElement? doc, string parameterName) =>
        Render(doc?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == parameterName));

    /// <summary>Summary, then remarks, then returns, as one description.</summary>
    public static string? MethodDescription(XElement? doc)
    {
        string? summary = Element(doc, "summary");
        string? remarks = Element(doc, "remarks");
        string? returns = Element(doc, "returns");
        var text = new StringBuilder();
        Append(text, summary);
        Append(text, remarks);
        if (returns is not null)
        {
            Append(text, "Returns " + char.ToLowerInvariant(returns[0]) + returns.Substring(1));
        }

        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>Summary, then remarks.</summary>
    public static string? TypeDescription(XElement? doc)
    {
        var text = new StringBuilder();
        Append(text, Element(doc, "summary"));
        Append(text, Element(doc, "remarks"));
        return text.Length == 0 ? null : text.ToString();
    }

    private static void Append(StringBuilder text, string? part)
    {
        if (part is null)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(part);
    }

    /// <summary>Renders inline tags as text and folds whitespace.</summary>
    public static string? Render(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = new StringBuilder();
        RenderNodes(element, text);
        string folded = Fold(text.ToString());
        return folded.Length == 0 ? null : folded;
    }

    private static void RenderNodes(XElement element, StringBuilder text)
    {
        foreach (XNode node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e:
                    switch (e.Name.LocalName)
                    {
                        case "see":
                        case "seealso":
                            string? reference = (string?)e.Attribute("cref") ?? (string?)e.Attribute("langword") ?? (string?)e.Attribute("href");
                            text.Append(e.IsEmpty || e.Value.Length == 0 ? CrefText(reference) : e.Value);
                            break;
                        case "paramref":
                        case "typeparamref":
                            text.Append((string?)e.Attribute("name"));
                            break;
                        case "para":
                        case "br":
                            text.Append(' ');
                            RenderNodes(e, text);
                            text.Append(' ');
                            break;
                        default:
                            RenderNodes(e, text);
                            break;
                    }

                    break;
            }
        }
    }

    // "T:System.Collections.Generic.List`1" becomes "List"; "M:Ns.Type.Method(System.Int32)" becomes "Type.Method".
    private static string CrefText(string? cref)
    {
        if (string.IsNullOrEmpty(cref))
        {
            return string.Empty;
        }

        string name = cref!.Length > 2 && cref[1] == ':' ? cref.Substring(2) : cref;
        int paren = name.IndexOf('(');
        if (paren >= 0)
        {
            name = name.Substring(0, paren);
        }

        int tick = name.IndexOf('`');
        if (tick >= 0)
        {
            name = name.Substring(0, tick);
        }

        bool isMember = cref.StartsWith("M:", StringComparison.Ordinal) || cref.StartsWith("P:", StringComparison.Ordinal)
            || cref.StartsWith("F:", StringComparison.Ordinal) || cref.StartsWith("E:", StringComparison.Ordinal);
        string[] parts = name.Split('.');
        return isMember && parts.Length >= 2 ? parts[parts.Length - 2] + "." + parts[parts.Length - 1] : parts[parts.Length - 1];
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c);
        }

        return folded.ToString();
    }

    private static string? ReadTrivia(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            SyntaxNode node = reference.GetSyntax(cancellationToken);

            // Properties of a positional record are documented by the record's <param> tags, handled by the caller.
            var lines = new StringBuilder();
            foreach (SyntaxTrivia trivia in node.GetLeadingTrivia())
            {
                string full = trivia.ToFullString();
                foreach (string raw in full.Split('\n'))
                {
                    string line = raw.Trim();
                    if (line.StartsWith("///", StringComparison.Ordinal))
                    {
                        lines.Append(line.Substring(3)).Append('\n');
                    }
                }
            }

            if (lines.Length > 0)
            {
                return "<member>" + lines + "</member>";
            }
        }

        return null;
    }
}
