using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Emitting;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Rules;

/// <summary>
/// What the rules see of one tool or one <c>[StructuredOutput]</c> type: the parser's model, the symbols it came
/// from, and the values the schema describes as <see cref="ValueSite"/>s. Rules report through it.
/// </summary>
internal sealed class RuleContext
{
    private readonly List<Diagnostic> _diagnostics;

    private RuleContext(string subject, string name, bool strict, Location? strictLocation, Location? fallback, ObjectGraph objects,
        IReadOnlyList<ValueSite> roots, IReadOnlyList<ValueSite> members, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Subject = subject;
        Name = name;
        Strict = strict;
        StrictLocation = strictLocation;
        FallbackLocation = fallback;
        Objects = objects;
        Roots = roots;
        Members = members;
        _diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    /// <summary>For messages: <c>Tool 'get_forecast'</c> or <c>Structured output 'trip_plan'</c>.</summary>
    public string Subject { get; }

    /// <summary>The tool name or the output name.</summary>
    public string Name { get; }

    public bool Strict { get; }

    /// <summary>The <c>Strict = true</c> argument, or the attribute, or the declaration: where whole-schema limits are reported.</summary>
    public Location? StrictLocation { get; }

    /// <summary>The method or type name: where problems with no better place are reported.</summary>
    public Location? FallbackLocation { get; }

    public ObjectGraph Objects { get; }

    /// <summary>The top-level values: a tool's argument parameters, or the members of an output type.</summary>
    public IReadOnlyList<ValueSite> Roots { get; }

    /// <summary>The members of every object reached from the roots (for an output, its own members too).</summary>
    public IReadOnlyList<ValueSite> Members { get; }

    /// <summary>Every value whose attributes the annotation rules check, each once.</summary>
    public IEnumerable<ValueSite> AllSites => Roots.Concat(Members).Distinct();

    public CancellationToken CancellationToken { get; }

    /// <summary>For tools: the method, its <c>[Tool]</c> attribute and the parsed tool.</summary>
    public IMethodSymbol? Method { get; private set; }

    public AttributeData? ToolAttribute { get; private set; }

    public ToolSpec? Tool { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location ?? FallbackLocation ?? Location.None, args));

    public void Report(DiagnosticDescriptor descriptor, Location? location, ImmutableDictionary<string, string?> properties, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location ?? FallbackLocation ?? Location.None, properties, args));

    /// <summary>The location of a named argument of the tool attribute, such as <c>RequiresApproval = true</c>.</summary>
    public Location? ToolArgument(string name) =>
        ToolAttribute is null ? null : ToolParser.NamedArgumentLocation(ToolAttribute, name, CancellationToken);

    public static RuleContext ForTool(IMethodSymbol method, AttributeData attribute, ToolMethodModel model, List<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        ToolSpec tool = model.Tool;
        Location? methodLocation = method.Locations.FirstOrDefault();
        var objects = new ObjectGraph(model.Objects);
        var roots = new List<ValueSite>();
        foreach (ParameterSpec parameter in tool.Parameters.Where(p => p.Source == ParameterSource.Arguments && p.Type is not null))
        {
            IParameterSymbol? symbol = method.Parameters.FirstOrDefault(p => p.Name == parameter.Name);
            roots.Add(new ValueSite($"parameter '{parameter.Name}'", parameter.JsonName, parameter.Type!, parameter.Constraints,
                !parameter.IsRequired, symbol, null, symbol?.Locations.FirstOrDefault() ?? methodLocation));
        }

        var members = MemberSites(roots, objects, roots.Select(r => r.Primary).OfType<IParameterSymbol>().Select(p => p.Type), null, methodLocation)
            .Select(m => m.Site).ToList();
        Location? strictLocation = ToolParser.NamedArgumentLocation(attribute, "Strict", cancellationToken) ?? methodLocation;
        return new RuleContext($"Tool '{tool.ToolName}'", tool.ToolName, tool.Strict, strictLocation, methodLocation, objects, roots, members,
            diagnostics, cancellationToken)
        {
            Method = method,
            ToolAttribute = attribute,
            Tool = tool,
        };
    }

    public static RuleContext ForOutput(INamedTypeSymbol type, AttributeData attribute, OutputTypeSpec spec, List<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        Location? typeLocation = type.Locations.FirstOrDefault();
        var objects = new ObjectGraph(spec.Objects);

        // The output type is the root object: its members are the top-level values.
        var sites = MemberSites([], objects, [type], spec.Root, typeLocation);
        var roots = sites.Where(m => m.ObjectId == spec.Root.ObjectId).Select(m => m.Site).ToList();
        var members = sites.Select(m => m.Site).ToList();
        Location? strictLocation = ToolParser.NamedArgumentLocation(attribute, "Strict", cancellationToken)
            ?? attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? typeLocation;
        return new RuleContext($"Structured output '{spec.OutputName}'", spec.OutputName, spec.Strict, strictLocation, typeLocation, objects,
            roots, members, diagnostics, cancellationToken);
    }

    // One site per member of every object the roots reach, with the member's own location when it is in source.
    private static List<(string ObjectId, ValueSite Site)> MemberSites(List<ValueSite> roots, ObjectGraph objects, IEnumerable<ITypeSymbol> rootTypes, TypeSpec? rootObject,
        Location? fallback)
    {
        // Which root first reaches each object: problems in a member declared in metadata are reported on it.
        var reachedFrom = new Dictionary<string, Location?>(StringComparer.Ordinal);
        var order = new List<string>();
        void Reach(TypeSpec type, Location? location)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            objects.CollectObjects(type, ids);
            foreach (string id in ids.OrderBy(i => i, StringComparer.Ordinal))
            {
                if (!reachedFrom.ContainsKey(id))
                {
                    reachedFrom[id] = location;
                    order.Add(id);
                }
            }
        }

        if (rootObject is not null)
        {
            Reach(rootObject, fallback);
        }

        foreach (ValueSite root in roots)
        {
            Reach(root.Type, root.Location);
        }

        Dictionary<string, INamedTypeSymbol> symbols = SymbolIndex.Build(rootTypes, new HashSet<string>(order, StringComparer.Ordinal));
        var sites = new List<(string, ValueSite)>();
        foreach (string id in order)
        {
            if (!symbols.TryGetValue(id, out INamedTypeSymbol? type))
            {
                continue;
            }

            ObjectSpec spec = objects[id];
            IMethodSymbol? constructor = TypeParser.ChooseConstructor(type, out _);
            var properties = TypeParser.PublicProperties(type).ToList();
            foreach (PropertySpec member in spec.Properties.Where(p => p.Binding != MemberBinding.None))
            {
                IPropertySymbol? property = properties.FirstOrDefault(p => p.Name == member.Name);
                IParameterSymbol? parameter = member.Binding == MemberBinding.ConstructorParameter && constructor is not null
                    && member.ConstructorIndex >= 0 && member.ConstructorIndex < constructor.Parameters.Length
                    ? constructor.Parameters[member.ConstructorIndex]
                    : null;
                ISymbol? primary = (ISymbol?)property ?? parameter;
                Location? location = SourceLocation(property) ?? SourceLocation(parameter) ?? reachedFrom[id];
                sites.Add((id, new ValueSite($"member '{type.Name}.{member.Name}'", member.JsonName, member.Type, member.Constraints,
                    !member.IsRequired, primary, parameter, location)));
            }
        }

        return sites;
    }

    private static Location? SourceLocation(ISymbol? symbol) =>
        symbol?.Locations.FirstOrDefault(l => l.IsInSource && !GeneratedMembers.IsGenerated(l.SourceTree!));
}
