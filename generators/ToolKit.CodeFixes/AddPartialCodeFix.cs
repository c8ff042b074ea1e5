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
using ToolKit.Generators.Parsing;

namespace ToolKit.CodeFixes;

/// <summary>
/// TK0001: adds <c>partial</c> to every type in the chain that lacks it — the reported type, the types around it,
/// and the types inside it that hold tools — so that one fix leaves nothing for TK0001 to report.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix))]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.TypeNotPartial.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create($"Make '{declaration.Identifier.ValueText}' partial", ct => FixAsync(context.Document, declaration, ct), nameof(AddPartialCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var chain = new HashSet<TypeDeclarationSyntax>(declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>());
        foreach (TypeDeclarationSyntax inner in declaration.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            if (model is not null && HoldsTools(inner, model, cancellationToken))
            {
                chain.UnionWith(inner.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().TakeWhile(t => t != declaration));
            }
        }

        IEnumerable<TextChange> changes = chain
            .Where(t => !t.Modifiers.Any(SyntaxKind.PartialKeyword))
            .Select(t => TextEdits.Insert(t.Keyword.SpanStart, "partial "));
        return await TextEdits.ApplyAsync(document, changes, cancellationToken).ConfigureAwait(false);
    }

    private static bool HoldsTools(TypeDeclarationSyntax type, SemanticModel model, CancellationToken cancellationToken) =>
        type.Members.OfType<MethodDeclarationSyntax>().Any(method =>
            model.GetDeclaredSymbol(method, cancellationToken) is { } symbol && Attributes.Has(symbol, KnownNames.ToolAttribute));
}
