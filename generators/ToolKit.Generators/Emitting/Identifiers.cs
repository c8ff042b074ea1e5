using Microsoft.CodeAnalysis.CSharp;

namespace ToolKit.Generators.Emitting;

/// <summary>C# identifiers in generated code.</summary>
internal static class Identifiers
{
    /// <summary><c>event</c> becomes <c>@event</c>: a member named after a keyword needs the verbatim prefix.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.UnderscoreToken
            ? "@" + name
            : name;
}
