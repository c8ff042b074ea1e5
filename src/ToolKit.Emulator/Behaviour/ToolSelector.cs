using System.Text.Json;
using ToolKit.Emulator.Chat;

namespace ToolKit.Emulator.Behaviour;

/// <summary>
/// Picks the tools relevant to a message: a tool scores one point per distinct meaningful word of the message
/// (or a synonym of it) found among the words of the tool's name, description, parameter names and enum values.
/// Tools scoring at least 1 and at least half the best score are called.
/// </summary>
internal static class ToolSelector
{
    public static IReadOnlyList<ToolModel> Select(ChatRequestModel request, string message)
    {
        if (request.Tools.Count == 0 || request.ToolChoice == ToolChoiceMode.None)
        {
            return [];
        }

        if (request.ToolChoice == ToolChoiceMode.Named)
        {
            return request.Tools.Where(t => t.Name == request.ToolChoiceName).Take(1).ToList();
        }

        var stems = Words.Stems(message);
        var scored = request.Tools.Select(t => (Tool: t, Score: Score(t, stems))).ToList();
        var best = scored.Max(s => s.Score);
        var selected = scored.Where(s => s.Score >= 1 && s.Score * 2 >= best).ToList();
        if (selected.Count == 0)
        {
            return request.ToolChoice == ToolChoiceMode.Required ? [request.Tools[0]] : [];
        }

        return request.ParallelToolCalls
            ? selected.Select(s => s.Tool).ToList()
            : [selected.First(s => s.Score == best).Tool];
    }

    public static int Score(ToolModel tool, IReadOnlySet<string> messageStems)
    {
        var vocabulary = Vocabulary(tool);
        return messageStems.Count(stem => Words.WithSynonyms(stem).Any(vocabulary.Contains));
    }

    /// <summary>The stems that describe a tool.</summary>
    public static HashSet<string> Vocabulary(ToolModel tool)
    {
        var words = new List<string>();
        words.AddRange(Words.IdentifierWords(tool.Name));
        words.AddRange(Words.Tokens(tool.Description));
        if (tool.Parameters.ValueKind == JsonValueKind.Object
            && tool.Parameters.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                words.AddRange(Words.IdentifierWords(property.Name));
            }
        }

        words.AddRange(SchemaValueGenerator.EnumStrings(tool.Parameters).SelectMany(Words.Tokens));
        return words.Where(w => !Words.Stop.Contains(w)).Select(Words.Stem).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Stems never taken as a name for an argument: the tool's name words (and synonyms) and enum values.</summary>
    public static IEnumerable<string> NameExclusions(ToolModel tool) =>
        Words.IdentifierWords(tool.Name).Select(Words.Stem).SelectMany(Words.WithSynonyms)
            .Concat(SchemaValueGenerator.EnumStrings(tool.Parameters).SelectMany(Words.Tokens).Select(Words.Stem));
}
