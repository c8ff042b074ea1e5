using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators;

/// <summary>
/// Reports what the generator's parser finds wrong with <c>[Tool]</c> methods. It runs the same parser as the
/// generator, so a tool that is reported clean is a tool that is generated.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TypeNotPartial,
        DiagnosticDescriptors.UnsupportedType,
        DiagnosticDescriptors.DuplicateToolName,
        DiagnosticDescriptors.InvalidToolName,
        DiagnosticDescriptors.UnsupportedSignature,
        DiagnosticDescriptors.InaccessibleMethod);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? toolAttribute = start.Compilation.GetTypeByMetadataName(KnownNames.ToolAttribute);
            if (toolAttribute is null)
            {
                return;
            }

            INamedTypeSymbol? outputAttribute = start.Compilation.GetTypeByMetadataName(KnownNames.StructuredOutputAttribute);

            // A non-partial container of several tool types is found once per tool type: report it once.
            var reported = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            void Report(SymbolAnalysisContext context, Diagnostic diagnostic)
            {
                if (diagnostic.Id != DiagnosticDescriptors.TypeNotPartial.Id || reported.TryAdd(diagnostic.Location.ToString(), true))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }

            start.RegisterSymbolAction(symbolContext =>
            {
                AnalyzeType(symbolContext, toolAttribute, Report);
                if (outputAttribute is not null)
                {
                    AnalyzeOutput(symbolContext, outputAttribute, Report);
                }
            }, SymbolKind.NamedType);
        });
    }

    private static void AnalyzeOutput(SymbolAnalysisContext context, INamedTypeSymbol outputAttribute, Action<SymbolAnalysisContext, Diagnostic> report)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        AttributeData? attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, outputAttribute));
        if (attribute is null)
        {
            return;
        }

        var diagnostics = new List<Diagnostic>();
        _ = OutputParser.Parse(type, attribute, new ProblemSink(diagnostics), context.CancellationToken);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            report(context, diagnostic);
        }
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol toolAttribute, Action<SymbolAnalysisContext, Diagnostic> report)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var names = new Dictionary<string, IMethodSymbol>(StringComparer.Ordinal);
        foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
        {
            AttributeData? attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, toolAttribute));
            if (attribute is null)
            {
                continue;
            }

            var diagnostics = new List<Diagnostic>();
            var sink = new ProblemSink(diagnostics);
            _ = ToolParser.Parse(method, attribute, sink, context.CancellationToken);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                report(context, diagnostic);
            }

            if (names.ContainsKey(sink.ToolName))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateToolName,
                    method.Locations.FirstOrDefault(), sink.ToolName, type.Name));
            }
            else
            {
                names[sink.ToolName] = method;
            }
        }
    }
}
