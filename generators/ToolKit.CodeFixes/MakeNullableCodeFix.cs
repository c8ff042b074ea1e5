using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolKit.Generators;

namespace ToolKit.CodeFixes;

/// <summary>
/// TK0023: declares an optional parameter of a strict tool nullable (<c>int limit = 10</c> becomes
/// <c>int? limit = 10</c>), which is what strict mode sends: the value, or null for the default.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeNullableCodeFix))]
public sealed class MakeNullableCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.StrictOptionalNotNullable.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<ParameterSyntax>() is not { Type: { } type } parameter)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create($"Declare '{parameter.Identifier.ValueText}' as '{type}?'",
                    ct => TextEdits.ApplyAsync(context.Document, [TextEdits.Insert(type.Span.End, "?")], ct), nameof(MakeNullableCodeFix)),
                diagnostic);
        }
    }
}
