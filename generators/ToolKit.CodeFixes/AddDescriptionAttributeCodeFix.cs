using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToolKit.Generators;
using ToolKit.Generators.Rules;

namespace ToolKit.CodeFixes;

/// <summary>
/// TK0026: adds <c>[Description("...")]</c> with the text the generator reads from the XML docs, so the description
/// survives where doc comments are not read (other tools, reflection-based frameworks). The doc comment stays.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDescriptionAttributeCodeFix))]
public sealed class AddDescriptionAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.DescriptionOnlyInXmlDocs.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SyntaxNode? node = root?.FindToken(context.Span.Start).Parent;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DescriptionRules.DescriptionProperty, out string? description) || description is null)
            {
                continue;
            }

            SyntaxNode? target = node switch
            {
                ParameterSyntax parameter => parameter,
                MethodDeclarationSyntax method => method,
                _ => null,
            };
            if (target is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Add [Description] from the XML docs", ct => FixAsync(context.Document, target, description, ct), nameof(AddDescriptionAttributeCodeFix)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, SyntaxNode target, string description, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        string attribute = "[Description(" + SymbolDisplay.FormatLiteral(description, quote: true) + ")]";
        var changes = new List<TextChange>();
        if (target is MethodDeclarationSyntax method)
        {
            // On its own line, before the other attributes, indented like them.
            int start = method.GetFirstToken().SpanStart;
            changes.Add(TextEdits.Insert(start, attribute + TextEdits.NewLine(text) + TextEdits.IndentationAt(text, start)));
        }
        else
        {
            changes.Add(TextEdits.Insert(target.SpanStart, attribute + " "));
        }

        if (model is not null && Imports.AddUsing(model, text, target.SpanStart, "DescriptionAttribute", "System.ComponentModel") is { } import)
        {
            changes.Add(import);
        }

        return await TextEdits.ApplyAsync(document, changes, cancellationToken).ConfigureAwait(false);
    }
}
