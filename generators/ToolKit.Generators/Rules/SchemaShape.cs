using System;
using System.Collections.Generic;
using System.Linq;
using ToolKit.Generators.Emitting;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Rules;

/// <summary>What one top-level value puts into the schema: the constructs that strict mode or a provider may reject.</summary>
internal sealed class RootShape
{
    public RootShape(ValueSite site) => Site = site;

    public ValueSite Site { get; }

    /// <summary>Object nesting: the arguments object (or the output object) is level 1.</summary>
    public int Depth { get; set; } = 1;

    public string DeepestPath { get; set; } = "";

    public (string Path, TypeSpec Type)? Dictionary { get; set; }

    public (string Path, TypeSpec Type)? FreeForm { get; set; }

    /// <summary>The first place with <c>format: "uri"</c>: a <c>Uri</c>, or a string with <c>[Url]</c>.</summary>
    public string? UriPath { get; set; }

    /// <summary>The first recursive object reached; it goes to <c>$defs</c> and is used through <c>$ref</c>.</summary>
    public ObjectSpec? Recursive { get; set; }
}

/// <summary>
/// Walks a schema the way <see cref="SchemaBuilder"/> writes it: inline objects count at every use, recursive objects
/// once (they live in <c>$defs</c>). Paths use JSON names, with <c>[]</c> for array items and <c>{}</c> for dictionary values.
/// </summary>
internal sealed class SchemaShape
{
    public const int MaxDepth = 5;
    public const int MaxProperties = 100;
    public const int MaxEnumValues = 500;

    private readonly ObjectGraph _objects;
    private readonly HashSet<string> _definitionsCounted = new(StringComparer.Ordinal);

    private SchemaShape(ObjectGraph objects) => _objects = objects;

    public List<RootShape> Roots { get; } = new();

    /// <summary>Object properties in the whole schema, the top-level ones included.</summary>
    public int Properties { get; private set; }

    /// <summary>Enum values in the whole schema.</summary>
    public int EnumValues { get; private set; }

    public static SchemaShape Measure(RuleContext context)
    {
        var shape = new SchemaShape(context.Objects) { Properties = context.Roots.Count };
        foreach (ValueSite site in context.Roots)
        {
            var root = new RootShape(site);
            shape.Walk(root, site.Type, site.Constraints, 1, site.JsonName, new HashSet<string>(StringComparer.Ordinal));
            shape.Roots.Add(root);
        }

        return shape;
    }

    private void Walk(RootShape root, TypeSpec type, ConstraintSpec constraints, int level, string path, HashSet<string> onPath)
    {
        switch (type.Kind)
        {
            case JsonKind.Dictionary:
                root.Dictionary ??= (path, type);
                Walk(root, type.Element!, ConstraintSpec.None, level + 1, path + "{}", onPath);
                break;
            case JsonKind.JsonElement:
            case JsonKind.JsonNode:
                root.FreeForm ??= (path, type);
                break;
            case JsonKind.Uri:
                root.UriPath ??= path;
                break;
            case JsonKind.String when constraints.Format == "uri":
                root.UriPath ??= path;
                break;
            case JsonKind.Enum:
                EnumValues += type.Enum!.Members.Count;
                break;
            case JsonKind.Array:
                Walk(root, type.Element!, ConstraintSpec.None, level, path + "[]", onPath);
                break;
            case JsonKind.Object:
                WalkObject(root, type.ObjectId!, level, path, onPath);
                break;
        }
    }

    private void WalkObject(RootShape root, string id, int level, string path, HashSet<string> onPath)
    {
        ObjectSpec spec = _objects[id];
        if (_objects.IsRecursive(id))
        {
            root.Recursive ??= spec;

            // A recursive object is written once, in $defs, and referenced everywhere else.
            if (onPath.Contains(id) || !_definitionsCounted.Add(id))
            {
                return;
            }
        }

        int depth = level + 1;
        if (depth > root.Depth)
        {
            root.Depth = depth;
            root.DeepestPath = path;
        }

        var members = spec.Properties.Where(p => p.Binding != MemberBinding.None).ToList();
        Properties += members.Count;
        onPath.Add(id);
        foreach (PropertySpec member in members)
        {
            Walk(root, member.Type, member.Constraints, depth, path + "." + member.JsonName, onPath);
        }

        onPath.Remove(id);
    }
}
