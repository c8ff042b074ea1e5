using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;

namespace ToolKit.Internal;

/// <summary>
/// State of one argument-binding pass in generated code: the JSON path of the value being read and the
/// errors found so far. A mutable struct passed by reference, so that a clean bind allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct BindContext
{
    // Deep enough for any argument document a model sends; deeper paths end in "...". Kept small because the
    // struct is zeroed on every bind.
    private const int MaxTrackedDepth = 16;

    private PathSegments _segments;
    private int _depth;
    private List<ArgumentError>? _errors;

    /// <summary>Whether any error was recorded.</summary>
    public readonly bool HasErrors => _errors is not null;

    /// <summary>How many errors were recorded.</summary>
    public readonly int ErrorCount => _errors?.Count ?? 0;

    /// <summary>The errors recorded, in document order.</summary>
    public readonly IReadOnlyList<ArgumentError> Errors => (IReadOnlyList<ArgumentError>?)_errors ?? [];

    /// <summary>Enters the property <paramref name="name"/>.</summary>
    public void Push(string name)
    {
        if (_depth < MaxTrackedDepth)
        {
            _segments[_depth] = new PathSegment(name, -1);
        }

        _depth++;
    }

    /// <summary>Enters the array item at <paramref name="index"/>.</summary>
    public void PushIndex(int index)
    {
        if (_depth < MaxTrackedDepth)
        {
            _segments[_depth] = new PathSegment(null, index);
        }

        _depth++;
    }

    /// <summary>Leaves the innermost property or item.</summary>
    public void Pop() => _depth--;

    /// <summary>Records an error at the current path.</summary>
    public void AddError(string message) => (_errors ??= []).Add(new ArgumentError(FormatPath(null), message));

    /// <summary>Records an error for the child property <paramref name="name"/> of the current path.</summary>
    public void AddError(string name, string message) => (_errors ??= []).Add(new ArgumentError(FormatPath(name), message));

    /// <summary>Records an error about the whole document (malformed JSON), at <c>$</c> whatever the current path.</summary>
    internal void AddRootError(string message) => (_errors ??= []).Add(new ArgumentError("$", message));

    /// <summary>Records that the required property <paramref name="name"/> is missing.</summary>
    public void AddMissing(string name, string expected) => AddError(name, $"missing required property, expected {expected}");

    private readonly string FormatPath(string? child)
    {
        var path = new StringBuilder("$");
        int tracked = Math.Min(_depth, MaxTrackedDepth);
        for (int i = 0; i < tracked; i++)
        {
            PathSegment segment = _segments[i];
            if (segment.Name is null)
            {
                path.Append('[').Append(segment.Index).Append(']');
            }
            else
            {
                AppendName(path, segment.Name);
            }
        }

        if (_depth > MaxTrackedDepth)
        {
            path.Append("...");
        }

        if (child is not null)
        {
            AppendName(path, child);
        }

        return path.ToString();
    }

    private static void AppendName(StringBuilder path, string name)
    {
        bool plain = name.Length > 0;
        foreach (char c in name)
        {
            plain &= char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-';
        }

        if (plain)
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
        }
    }

    private readonly record struct PathSegment(string? Name, int Index);

    [InlineArray(MaxTrackedDepth)]
    private struct PathSegments
    {
        private PathSegment _element;
    }
}
