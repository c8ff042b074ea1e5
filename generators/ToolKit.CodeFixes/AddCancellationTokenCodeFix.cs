using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToolKit.Generators;

namespace ToolKit.CodeFixes;

/// <summary>
/// TK0016: adds <c>CancellationToken cancellationToken = default</c> as the last parameter. The default keeps
/// existing callers compiling; the generated dispatcher passes the token it is given.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCancellationTokenCodeFix))]
public sealed class AddCancellationTokenCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingCancellationToken.Id);

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
                CodeAction.Create("Add a CancellationToken parameter", ct => FixAsync(context.Document, method, ct), nameof(AddCancellationTokenCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var taken = new HashSet<string>(method.ParameterList.Parameters.Select(p => p.Identifier.ValueText));
        string name = "cancellationToken";
        for (int i = 2; taken.Contains(name); i++)
        {
            name = "cancellationToken" + i;
        }

        string parameter = "CancellationToken " + name + " = default";
        var changes = new List<TextChange>
        {
            method.ParameterList.Parameters.Count > 0
                ? TextEdits.Insert(method.ParameterList.Parameters.Last().Span.End, ", " + parameter)
                : TextEdits.Insert(method.ParameterList.OpenParenToken.Span.End, parameter),
        };
        if (model is not null && Imports.AddUsing(model, text, method.SpanStart, "CancellationToken", "System.Threading") is { } import)
        {
            changes.Add(import);
        }

        return await TextEdits.ApplyAsync(document, changes, cancellationToken).ConfigureAwait(false);
    }
}
