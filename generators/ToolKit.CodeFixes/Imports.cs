using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ToolKit.CodeFixes;

/// <summary>Adds a <c>using</c> directive when a fix writes a type name that is not in scope yet.</summary>
internal static class Imports
{
    /// <summary>Whether <paramref name="typeName"/> at <paramref name="position"/> already means the type in <paramref name="ns"/>.</summary>
    public static bool InScope(SemanticModel model, int position, string typeName, string ns) =>
        model.LookupNamespacesAndTypes(position, name: typeName)
            .OfType<INamedTypeSymbol>()
            .Any(t => t.ContainingNamespace?.ToDisplayString() == ns);

    /// <summary>
    /// The change that adds <c>using <paramref name="ns"/>;</c> among the file's usings (System first, then by
    /// name), or null when <paramref name="typeName"/> is already in scope at <paramref name="position"/>.
    /// </summary>
    public static TextChange? AddUsing(SemanticModel model, SourceText text, int position, string typeName, string ns)
    {
        if (InScope(model, position, typeName, ns) || model.SyntaxTree.GetRoot() is not CompilationUnitSyntax root)
        {
            return null;
        }

        string newLine = TextEdits.NewLine(text);
        string directive = "using " + ns + ";" + newLine;
        var usings = root.Usings.Where(u => u.GlobalKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None) && u.Alias is null && u.StaticKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)).ToList();
        if (usings.Count == 0)
        {
            // No usings yet: before the first member, with a blank line after.
            SyntaxNode? first = (SyntaxNode?)root.Usings.FirstOrDefault() ?? (SyntaxNode?)root.AttributeLists.FirstOrDefault() ?? root.Members.FirstOrDefault();
            int at = first is null ? text.Length : TextEdits.LineStart(text, first.SpanStart);
            return TextEdits.Insert(at, directive + (root.Usings.Count == 0 ? newLine : ""));
        }

        UsingDirectiveSyntax? next = usings.FirstOrDefault(u => Compare(ns, u.Name?.ToString() ?? "") < 0);
        return next is not null
            ? TextEdits.Insert(TextEdits.LineStart(text, next.SpanStart), directive)
            : TextEdits.Insert(text.Lines.GetLineFromPosition(usings[usings.Count - 1].Span.End).EndIncludingLineBreak, directive);
    }

    private static int Compare(string a, string b)
    {
        int systemA = IsSystem(a) ? 0 : 1;
        int systemB = IsSystem(b) ? 0 : 1;
        return systemA != systemB ? systemA - systemB : string.CompareOrdinal(a, b);
    }

    private static bool IsSystem(string ns) => ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal);
}
