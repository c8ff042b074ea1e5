using System.Collections.Frozen;

namespace ToolKit;

/// <summary>Ways to build an <see cref="IToolSet"/> out of others.</summary>
public static class ToolSet
{
    /// <summary>
    /// One tool set holding the tools of all <paramref name="toolSets"/>. Calls go to the set that defines the tool.
    /// </summary>
    /// <exception cref="ArgumentException">Two sets define a tool with the same name.</exception>
    public static IToolSet Combine(params IEnumerable<IToolSet> toolSets)
    {
        ArgumentNullException.ThrowIfNull(toolSets);
        var definitions = new List<ToolDefinition>();
        var owners = new Dictionary<string, IToolSet>(StringComparer.Ordinal);
        foreach (IToolSet set in toolSets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(toolSets));
            foreach (ToolDefinition definition in set.Definitions)
            {
                if (!owners.TryAdd(definition.Name, set))
                {
                    throw new ArgumentException(
                        $"Two tool sets define a tool named \"{definition.Name}\" ({owners[definition.Name].GetType().Name} and {set.GetType().Name}). Tool names must be unique; rename one with [Tool(Name = ...)].",
                        nameof(toolSets));
                }

                definitions.Add(definition);
            }
        }

        return new CombinedToolSet(definitions.ToArray(), owners.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed class CombinedToolSet(ToolDefinition[] definitions, FrozenDictionary<string, IToolSet> owners) : IToolSet
    {
        public IReadOnlyList<ToolDefinition> Definitions => definitions;

        public ValueTask<ToolResult> InvokeAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(call);
            return owners.TryGetValue(call.Name, out IToolSet? owner)
                ? owner.InvokeAsync(call, context, cancellationToken)
                : new(ToolResult.UnknownTool(call.Name, definitions));
        }
    }
}
