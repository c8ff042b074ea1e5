using System;
using System.Linq;

namespace ToolKit.Generators.Parsing;

/// <summary>Generated file names from type names.</summary>
internal static class HintNames
{
    /// <summary><c>global::Ns.Outer.Type</c> becomes <c>Ns.Outer.Type</c>; other characters become '_'.</summary>
    public static string For(string typeName)
    {
        string name = typeName.StartsWith("global::", StringComparison.Ordinal) ? typeName.Substring(8) : typeName;
        return new string(name.Select(c => char.IsLetterOrDigit(c) || c == '.' ? c : '_').ToArray());
    }
}
