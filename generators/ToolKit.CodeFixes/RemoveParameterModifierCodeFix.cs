using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToolKit.Generators;

namespace ToolKit.CodeFixes;

/// <summary>
/// TK0005 on a parameter: removes <c>ref</c>, <c>out</c>, <c>in</c>, <c>ref readonly</c> or <c>params</c>, since
/// arguments from a model are plain values.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveParameterModifierCodeFix))]
public sealed class RemoveParameterModifierCodeFix : CodeFixProvider
{
    private static readonly SyntaxKind[] Removable =
        [SyntaxKind.RefKeyword, SyntaxKind.OutKeyword, SyntaxKind.InKeyword, SyntaxKind.ReadOnlyKeyword, SyntaxKind.ParamsKeyword];

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnsupportedSignature.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent is not ParameterSyntax parameter)
        {
            return;
        }

        var modifiers = parameter.Modifiers.Where(m => Removable.Any(k => m.IsKind(k))).ToList();
        if (modifiers.Count == 0)
        {
            return;
        }

        // Each modifier goes with the space after it: "ref int x" becomes "int x".
        var changes = modifiers.Select(m => TextEdits.Replace(TextSpan.FromBounds(m.SpanStart, m.FullSpan.End), "")).ToList();
        string what = string.Join(" ", modifiers.Select(m => m.ValueText));
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create($"Remove '{what}' from '{parameter.Identifier.ValueText}'", ct => TextEdits.ApplyAsync(context.Document, changes, ct),
                    nameof(RemoveParameterModifierCodeFix)),
                diagnostic);
        }
    }
}
