using System.Collections.Immutable;
using System.Linq;
using System.Text;
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
/// TK0004: replaces an illegal tool name with a legal one — the same name with each illegal character made '_',
/// cut to 64 characters — in the <c>Name</c> argument, adding the argument when the name came from the method.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameToolCodeFix))]
public sealed class RenameToolCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidToolName.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        SyntaxNode node = root.FindNode(context.Span);
        TextChange? change = null;
        string? name = null;
        if (node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { NameEquals: not null } argument)
        {
            string current = model.GetConstantValue(argument.Expression, context.CancellationToken).Value as string ?? "";
            name = Suggest(current, Fallback(argument, model, context.CancellationToken));
            change = TextEdits.Replace(argument.Expression.Span, Literal(name));
        }
        else if (node.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member && model.GetDeclaredSymbol(member, context.CancellationToken) is { } symbol
            && FindAttribute(member, model, context.CancellationToken) is { } attribute)
        {
            name = Suggest(symbol is IMethodSymbol method ? NamingPolicy.ToolName(method.Name) : NamingPolicy.SnakeCase(symbol.Name), symbol.Name);
            change = attribute.ArgumentList is { } list
                ? TextEdits.Insert(list.CloseParenToken.SpanStart, (list.Arguments.Count > 0 ? ", " : "") + "Name = " + Literal(name))
                : TextEdits.Insert(attribute.Name.Span.End, "(Name = " + Literal(name) + ")");
        }

        if (change is { } edit && name is not null)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Rename the tool to '{name}'", ct => TextEdits.ApplyAsync(context.Document, [edit], ct), nameof(RenameToolCodeFix)),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// A legal name close to <paramref name="name"/>: illegal characters become '_', runs of '_' shrink to one, and
    /// the result is cut to 64 characters. An empty result falls back to <paramref name="fallback"/>, then to "tool".
    /// </summary>
    public static string Suggest(string name, string? fallback)
    {
        var legal = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            char next = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? c : '_';
            if (next != '_' || (legal.Length > 0 && legal[legal.Length - 1] != '_'))
            {
                legal.Append(next);
            }
        }

        string result = legal.ToString().Trim('_');
        if (result.Length > 64)
        {
            result = result.Substring(0, 64).TrimEnd('_');
        }

        if (result.Length == 0)
        {
            return fallback is null ? "tool" : Suggest(fallback, null);
        }

        return result;
    }

    private static string? Fallback(AttributeArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken) =>
        argument.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member && model.GetDeclaredSymbol(member, cancellationToken) is { } symbol
            ? symbol is IMethodSymbol method ? NamingPolicy.ToolName(method.Name) : NamingPolicy.SnakeCase(symbol.Name)
            : null;

    // [Tool] on a method, [StructuredOutput] on a type.
    private static AttributeSyntax? FindAttribute(MemberDeclarationSyntax member, SemanticModel model, CancellationToken cancellationToken) =>
        member.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a =>
            model.GetTypeInfo(a, cancellationToken).Type is INamedTypeSymbol type
            && Attributes.FullName(type) is KnownNames.ToolAttribute or KnownNames.StructuredOutputAttribute);

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
