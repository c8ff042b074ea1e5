using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToolKit.Generators;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.CodeFixes;

/// <summary>
/// TK0006: adds an XML doc stub to the tool method — a <c>&lt;summary&gt;</c> when the tool has no description, and
/// a <c>&lt;param&gt;</c> for each argument without one — keeping the doc lines already there. The stub says TODO:
/// only the author knows what the tool is for.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDocumentationStubCodeFix))]
public sealed class AddDocumentationStubCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingDescription.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Add an XML doc comment stub", ct => FixAsync(context.Document, method, ct), nameof(AddDocumentationStubCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol symbol
            || symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass is { } c && Attributes.FullName(c) == KnownNames.ToolAttribute) is not { } tool)
        {
            return document;
        }

        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        string newLine = TextEdits.NewLine(text);
        int declarationStart = method.GetFirstToken().SpanStart;
        string indent = TextEdits.IndentationAt(text, declarationStart);
        XElement? doc = DocumentationReader.Read(symbol, cancellationToken);
        string existing = string.Join("\n", DocLines(text, method).Select(l => text.ToString(l.Span)));

        bool needsSummary = Attributes.Named<string>(tool, "Description") is null && Attributes.Description(symbol) is null
            && DocumentationReader.MethodDescription(doc) is null;
        var parameterLines = symbol.Parameters
            .Where(p => ToolParser.SourceOf(p) == ParameterSource.Arguments && Attributes.Description(p) is null
                && DocumentationReader.Parameter(doc, p.Name) is null && !existing.Contains($"<param name=\"{p.Name}\""))
            .Select(p => $"{indent}/// <param name=\"{p.Name}\">TODO: describe {p.Name}.</param>{newLine}")
            .ToList();
        string summary = needsSummary ? $"{indent}/// <summary>TODO: say what {ToolParser.ToolNameOf(symbol, tool)} does and when to use it.</summary>{newLine}" : "";

        List<TextLine> lines = DocLines(text, method);
        int lineOfDeclaration = TextEdits.LineStart(text, declarationStart);
        var changes = new List<TextChange>();
        if (lines.Count == 0)
        {
            changes.Add(TextEdits.Insert(lineOfDeclaration, summary + string.Concat(parameterLines)));
        }
        else
        {
            if (summary.Length > 0)
            {
                changes.Add(TextEdits.Insert(lines[0].Start, summary));
            }

            if (parameterLines.Count > 0)
            {
                changes.Add(TextEdits.Insert(lines[lines.Count - 1].EndIncludingLineBreak, string.Concat(parameterLines)));
            }
        }

        return await TextEdits.ApplyAsync(document, changes, cancellationToken).ConfigureAwait(false);
    }

    // The '///' lines right above the declaration (attributes included), in order.
    private static List<TextLine> DocLines(SourceText text, MethodDeclarationSyntax method)
    {
        var lines = new List<TextLine>();
        int line = text.Lines.GetLineFromPosition(method.GetFirstToken().SpanStart).LineNumber - 1;
        for (; line >= 0; line--)
        {
            TextLine candidate = text.Lines[line];
            string content = text.ToString(candidate.Span).Trim();
            if (!content.StartsWith("///", System.StringComparison.Ordinal))
            {
                break;
            }

            lines.Insert(0, candidate);
        }

        return lines;
    }
}
