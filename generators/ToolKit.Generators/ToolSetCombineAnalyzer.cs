using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators;

/// <summary>
/// TK0003 across a <c>ToolSet.Combine(...)</c> call: when the compiler can see which tool types are combined
/// (<c>new MathTools()</c>, or <c>MathTools.ToolSet</c> for a static type), two tools with one name are reported on
/// the later argument. <c>Combine</c> would throw at run time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolSetCombineAnalyzer : DiagnosticAnalyzer
{
    private const string ToolSetType = "ToolKit.ToolSet";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateToolName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? toolSet = start.Compilation.GetTypeByMetadataName(ToolSetType);
            INamedTypeSymbol? toolAttribute = start.Compilation.GetTypeByMetadataName(KnownNames.ToolAttribute);
            if (toolSet is null || toolAttribute is null)
            {
                return;
            }

            var toolNames = new ConcurrentDictionary<INamedTypeSymbol, IReadOnlyList<string>>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (invocation.TargetMethod.Name != "Combine"
                    || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, toolSet)
                    || invocation.Syntax is not InvocationExpressionSyntax syntax
                    || invocation.SemanticModel is not { } semanticModel)
                {
                    return;
                }

                var owners = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
                foreach (ExpressionSyntax element in Elements(syntax))
                {
                    INamedTypeSymbol? type = ToolType(element, semanticModel, operationContext.CancellationToken);
                    if (type is null)
                    {
                        continue; // a variable or a call: the compiler cannot tell what it holds
                    }

                    IReadOnlyList<string> names = toolNames.GetOrAdd(type, t => NamesOf(t, toolAttribute));
                    string? clash = names.FirstOrDefault(owners.ContainsKey);
                    if (clash is not null)
                    {
                        string where = SymbolEqualityComparer.Default.Equals(owners[clash], type)
                            ? $"in this ToolSet.Combine call, which gets '{type.Name}' twice"
                            : $"in this ToolSet.Combine call ('{owners[clash].Name}' and '{type.Name}')";
                        operationContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateToolName, element.GetLocation(), clash, where));
                        continue;
                    }

                    foreach (string name in names)
                    {
                        owners[name] = type;
                    }
                }
            }, OperationKind.Invocation);
        });
    }

    // Combine(a, b), Combine([a, b]) and Combine(new IToolSet[] { a, b }) all list the sets.
    private static IEnumerable<ExpressionSyntax> Elements(InvocationExpressionSyntax invocation)
    {
        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
        {
            switch (argument.Expression)
            {
                case CollectionExpressionSyntax collection:
                    foreach (CollectionElementSyntax element in collection.Elements)
                    {
                        if (element is ExpressionElementSyntax expression)
                        {
                            yield return expression.Expression;
                        }
                    }

                    break;
                case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                    foreach (ExpressionSyntax expression in initializer.Expressions)
                    {
                        yield return expression;
                    }

                    break;
                case ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer }:
                    foreach (ExpressionSyntax expression in initializer.Expressions)
                    {
                        yield return expression;
                    }

                    break;
                default:
                    yield return argument.Expression;
                    break;
            }
        }
    }

    // new MathTools() / new() of a tool type, or StaticTools.ToolSet.
    private static INamedTypeSymbol? ToolType(ExpressionSyntax expression, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken)
    {
        switch (expression)
        {
            case BaseObjectCreationExpressionSyntax creation:
                return semanticModel.GetTypeInfo(creation, cancellationToken).Type as INamedTypeSymbol;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToolSet" } access
                when semanticModel.GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamedTypeSymbol { IsStatic: true } type:
                return type;
            default:
                return null;
        }
    }

    private static IReadOnlyList<string> NamesOf(INamedTypeSymbol type, INamedTypeSymbol toolAttribute)
    {
        var names = new List<string>();
        foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
        {
            AttributeData? attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, toolAttribute));
            if (attribute is not null)
            {
                string name = ToolParser.ToolNameOf(method, attribute);
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }
}
