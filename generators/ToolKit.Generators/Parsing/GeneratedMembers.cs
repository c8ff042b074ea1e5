using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ToolKit.Generators.Parsing;

/// <summary>
/// The public members the generator adds to a type. A type that declares one of them itself would get a duplicate
/// member from the generated partial, so the parser reports TK0025 and the generator skips the type.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>Added to every type with tools.</summary>
    public static readonly string[] ToolType = ["ToolDefinitions"];

    /// <summary>Added to a static type with tools, which cannot implement <c>IToolSet</c> itself.</summary>
    public static readonly string[] StaticToolType = ["ToolDefinitions", "ToolSet"];

    /// <summary>Added to a <c>[StructuredOutput]</c> type.</summary>
    public static readonly string[] OutputType = ["OutputName", "OutputStrict", "OutputSchema", "TryParseOutput", "ToOutputJson"];

    public static void CheckToolType(INamedTypeSymbol type, ProblemSink problems) =>
        Check(type, type.IsStatic ? StaticToolType : ToolType, type.IsStatic ? "static types with tools" : "types with tools", problems);

    public static void CheckOutputType(INamedTypeSymbol type, ProblemSink problems) =>
        Check(type, OutputType, "[StructuredOutput] types", problems);

    private static void Check(INamedTypeSymbol type, string[] names, string forWhat, ProblemSink problems)
    {
        foreach (string name in names)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                // The analyzer sees the compilation with the generator's own output in it: those are not conflicts.
                if (member.IsImplicitlyDeclared || member.DeclaringSyntaxReferences.All(r => IsGenerated(r.SyntaxTree)) || !Clashes(member, type))
                {
                    continue;
                }

                Location? location = member.Locations.FirstOrDefault(l => l.IsInSource && !IsGenerated(l.SourceTree!));
                problems.Report(DiagnosticDescriptors.GeneratedMemberConflict, location, type.Name, name, forWhat);
            }
        }
    }

    // The generated methods are ToOutputJson(T) and TryParseOutput(string?, out T, out IReadOnlyList<ArgumentError>):
    // a method with other parameters is an overload, not a duplicate. Anything else with a generated name clashes.
    private static bool Clashes(ISymbol member, INamedTypeSymbol type)
    {
        if (member is not IMethodSymbol method)
        {
            return true;
        }

        bool IsType(ITypeSymbol t) => SymbolEqualityComparer.Default.Equals(t.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type);
        return method.Name switch
        {
            "ToOutputJson" => method.Parameters.Length == 1 && IsType(method.Parameters[0].Type),
            "TryParseOutput" => method.Parameters.Length == 3 && method.Parameters[0].Type.SpecialType == SpecialType.System_String && IsType(method.Parameters[1].Type),
            _ => true,
        };
    }

    /// <summary>Whether a tree is one of this generator's outputs (hint names end in .Tools.g.cs or .Output.g.cs).</summary>
    public static bool IsGenerated(SyntaxTree tree)
    {
        string path = tree.FilePath;
        return path.EndsWith(".Tools.g.cs", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".Output.g.cs", StringComparison.OrdinalIgnoreCase)
            || path.Replace('\\', '/').IndexOf("/ToolKit.Generators.ToolGenerator/", StringComparison.Ordinal) >= 0;
    }
}
