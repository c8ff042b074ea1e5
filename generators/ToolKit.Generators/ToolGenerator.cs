using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Emitting;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators;

/// <summary>
/// Turns <c>[Tool]</c> methods into JSON-schema tool definitions and reflection-free dispatchers, one file per
/// type. Problems are reported by <see cref="ToolAnalyzer"/>; the generator skips what it cannot generate.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ToolGenerator : IIncrementalGenerator
{
    /// <summary>Step names, for incremental caching tests.</summary>
    public static class StepNames
    {
        /// <summary>One model per <c>[Tool]</c> method.</summary>
        public const string ToolMethods = nameof(ToolMethods);

        /// <summary>Tool methods grouped into one model per type.</summary>
        public const string ToolSets = nameof(ToolSets);

        /// <summary>One model per <c>[StructuredOutput]</c> type.</summary>
        public const string StructuredOutputs = nameof(StructuredOutputs);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ToolMethodModel> methods = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ToolAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                static (context, cancellationToken) => ParseMethod(context, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(StepNames.ToolMethods);

        IncrementalValuesProvider<ToolSetSpec> toolSets = methods
            .Collect()
            .SelectMany(static (all, _) => Group(all))
            .WithTrackingName(StepNames.ToolSets);

        context.RegisterSourceOutput(toolSets, static (output, set) => output.AddSource(set.HintName, ToolSetEmitter.Emit(set)));

        IncrementalValuesProvider<OutputTypeSpec> outputs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.StructuredOutputAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                static (context, cancellationToken) => ParseOutput(context, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(StepNames.StructuredOutputs);

        context.RegisterSourceOutput(outputs, static (output, spec) => output.AddSource(spec.HintName, OutputEmitter.Emit(spec)));
    }

    private static OutputTypeSpec? ParseOutput(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.IsEmpty)
        {
            return null;
        }

        try
        {
            return OutputParser.Parse(type, context.Attributes[0], new ProblemSink(null), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static ToolMethodModel? ParseMethod(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.IsEmpty)
        {
            return null;
        }

        try
        {
            return ToolParser.Parse(method, context.Attributes[0], new ProblemSink(null), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            // The generator never throws: a tool it cannot parse is left to the analyzer to report.
            return null;
        }
    }

    private static ImmutableArray<ToolSetSpec> Group(ImmutableArray<ToolMethodModel> methods)
    {
        var sets = ImmutableArray.CreateBuilder<ToolSetSpec>();
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (IGrouping<string, ToolMethodModel> group in methods.GroupBy(m => m.TypeName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            ToolMethodModel first = group.First();
            var names = new HashSet<string>(StringComparer.Ordinal);

            // A duplicate tool name is TK0003; keep the first so the output still compiles.
            var tools = group.OrderBy(m => m.Order).Select(m => m.Tool).Where(t => names.Add(t.ToolName)).ToEquatableArray();
            var objects = group.SelectMany(m => m.Objects).GroupBy(o => o.Id, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(o => o.Id, StringComparer.Ordinal).ToEquatableArray();
            var enums = group.SelectMany(m => m.Enums).GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(e => e.Id, StringComparer.Ordinal).ToEquatableArray();

            string hint = HintNames.For(first.TypeName);
            for (int i = 2; !hintNames.Add(hint); i++)
            {
                hint = HintNames.For(first.TypeName) + i;
            }

            sets.Add(new ToolSetSpec(first.Namespace, first.Declarations, first.TypeName, hint + ".Tools.g.cs", first.IsStatic, tools, objects, enums));
        }

        return sets.ToImmutable();
    }
}
