using System;
using System.Collections.Generic;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Emitting;

/// <summary>Look-ups over a tool set's objects: by id, which ones are recursive, and their <c>$defs</c> names.</summary>
internal sealed class ObjectGraph
{
    private readonly Dictionary<string, ObjectSpec> _objects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _recursive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _definitionNames = new(StringComparer.Ordinal);

    public ObjectGraph(EquatableArray<ObjectSpec> objects)
    {
        foreach (ObjectSpec spec in objects)
        {
            _objects[spec.Id] = spec;
        }

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (ObjectSpec spec in objects)
        {
            if (Reaches(spec.Id, spec.Id, new HashSet<string>(StringComparer.Ordinal)))
            {
                _recursive.Add(spec.Id);
                _definitionNames[spec.Id] = usedNames.Add(spec.SchemaName) ? spec.SchemaName : spec.Id;
            }
        }
    }

    public ObjectSpec this[string id] => _objects[id];

    /// <summary>Whether the object can contain itself; such objects go to <c>$defs</c>.</summary>
    public bool IsRecursive(string id) => _recursive.Contains(id);

    /// <summary>The <c>$defs</c> key of a recursive object.</summary>
    public string DefinitionName(string id) => _definitionNames[id];

    /// <summary>Every object id that <paramref name="type"/> reaches, including through other objects.</summary>
    public void CollectObjects(TypeSpec type, HashSet<string> into)
    {
        if (type.Element is not null)
        {
            CollectObjects(type.Element, into);
        }

        if (type.ObjectId is { } id && into.Add(id))
        {
            foreach (PropertySpec property in _objects[id].Properties)
            {
                CollectObjects(property.Type, into);
            }
        }
    }

    private bool Reaches(string from, string target, HashSet<string> visited)
    {
        if (!visited.Add(from))
        {
            return false;
        }

        foreach (PropertySpec property in _objects[from].Properties)
        {
            for (TypeSpec? t = property.Type; t is not null; t = t.Element)
            {
                if (t.ObjectId is { } next && (next == target || Reaches(next, target, visited)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
