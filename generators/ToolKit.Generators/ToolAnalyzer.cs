using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;
using ToolKit.Generators.Rules;

namespace ToolKit.Generators;

/// <summary>
/// Reports what is wrong with <c>[Tool]</c> methods and <c>[StructuredOutput]</c> types. It runs the same parser as
/// the generator, so a tool that is reported clean is a tool that is generated, and then runs the rules in
/// <see cref="ToolRules"/> over the parsed model and the symbols behind it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Providers accept at most this many tools in one request (OpenAI's limit).</summary>
    public const int MaxToolsPerType = 128;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TypeNotPartial,
        DiagnosticDescriptors.UnsupportedType,
        DiagnosticDescriptors.DuplicateToolName,
        DiagnosticDescriptors.InvalidToolName,
        DiagnosticDescriptors.UnsupportedSignature,
        DiagnosticDescriptors.MissingDescription,
        DiagnosticDescriptors.StrictModeViolation,
        DiagnosticDescriptors.ProviderKeyword,
        DiagnosticDescriptors.DuplicateJsonName,
        DiagnosticDescriptors.InaccessibleMethod,
        DiagnosticDescriptors.DuplicateMemberJsonName,
        DiagnosticDescriptors.UninformativeDescription,
        DiagnosticDescriptors.DescriptionTooLong,
        DiagnosticDescriptors.TooManyTools,
        DiagnosticDescriptors.ApprovalOnReadOnlyTool,
        DiagnosticDescriptors.MissingCancellationToken,
        DiagnosticDescriptors.ServiceOfValueType,
        DiagnosticDescriptors.DefaultViolatesConstraint,
        DiagnosticDescriptors.NonEcmaScriptPattern,
        DiagnosticDescriptors.EmptyRange,
        DiagnosticDescriptors.IneffectiveAnnotation,
        DiagnosticDescriptors.IllegalPropertyName,
        DiagnosticDescriptors.StrictOptionalNotNullable,
        DiagnosticDescriptors.TooManyParameters,
        DiagnosticDescriptors.GeneratedMemberConflict,
        DiagnosticDescriptors.DescriptionOnlyInXmlDocs,
        DiagnosticDescriptors.EmptyEnum,
        DiagnosticDescriptors.NegativeTimeout);

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

            // A type used by several tools, or a non-partial container of several tool types, is checked once per
            // use: report each finding once.
            var reported = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            void Report(SymbolAnalysisContext context, Diagnostic diagnostic)
            {
                // TK0001 on a container names the nested tool type it was found through: once per container is enough.
                string message = diagnostic.Id == DiagnosticDescriptors.TypeNotPartial.Id ? "" : diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                string key = diagnostic.Id + "|" + diagnostic.Location + "|" + message;
                if (reported.TryAdd(key, true))
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
        OutputTypeSpec? spec = OutputParser.Parse(type, attribute, new ProblemSink(diagnostics), context.CancellationToken, keepOnErrors: true);
        if (spec is not null)
        {
            ToolRules.Run(RuleContext.ForOutput(type, attribute, spec, diagnostics, context.CancellationToken));
        }

        foreach (Diagnostic diagnostic in diagnostics)
        {
            report(context, diagnostic);
        }
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol toolAttribute, Action<SymbolAnalysisContext, Diagnostic> report)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var names = new Dictionary<string, IMethodSymbol>(StringComparer.Ordinal);
        int tools = 0;
        foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
        {
            AttributeData? attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, toolAttribute));
            if (attribute is null)
            {
                continue;
            }

            var diagnostics = new List<Diagnostic>();
            var sink = new ProblemSink(diagnostics);
            ToolMethodModel? model = ToolParser.Parse(method, attribute, sink, context.CancellationToken, keepOnErrors: true);
            if (model is not null)
            {
                ToolRules.Run(RuleContext.ForTool(method, attribute, model, diagnostics, context.CancellationToken));
            }

            foreach (Diagnostic diagnostic in diagnostics)
            {
                report(context, diagnostic);
            }

            if (names.ContainsKey(sink.ToolName))
            {
                report(context, Diagnostic.Create(DiagnosticDescriptors.DuplicateToolName,
                    method.Locations.FirstOrDefault(), sink.ToolName, $"in '{type.Name}'"));
            }
            else
            {
                names[sink.ToolName] = method;
            }

            if (++tools == MaxToolsPerType + 1)
            {
                int total = type.GetMembers().OfType<IMethodSymbol>()
                    .Count(m => m.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, toolAttribute)));
                report(context, Diagnostic.Create(DiagnosticDescriptors.TooManyTools, method.Locations.FirstOrDefault(), type.Name, total));
            }
        }
    }
}
