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

namespace ToolKit.CodeFixes;

/// <summary>TK0005, <c>async void</c>: returns <c>Task</c> instead, so the dispatcher can await the tool and see its exceptions.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnTaskCodeFix))]
public sealed class ReturnTaskCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnsupportedSignature.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);

        // TK0005 has several causes; this fix is for the one reported on the name of an 'async void' method.
        if (root?.FindToken(context.Span.Start) is not { Parent: MethodDeclarationSyntax method } token || token != method.Identifier
            || !method.Modifiers.Any(SyntaxKind.AsyncKeyword) || method.ReturnType is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword })
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Return 'Task' instead of 'void'", ct => FixAsync(context.Document, method, ct), nameof(ReturnTaskCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var changes = new List<TextChange> { TextEdits.Replace(method.ReturnType.Span, "Task") };
        if (model is not null && Imports.AddUsing(model, text, method.SpanStart, "Task", "System.Threading.Tasks") is { } import)
        {
            changes.Add(import);
        }

        return await TextEdits.ApplyAsync(document, changes, cancellationToken).ConfigureAwait(false);
    }
}
