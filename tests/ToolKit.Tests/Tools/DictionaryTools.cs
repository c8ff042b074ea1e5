namespace ToolKit.Tests.Tools;

// These tools exist to test open dictionaries, which Google Gemini rejects (TK0008); Gemini is not targeted here.
#pragma warning disable TK0008

/// <summary>Echo tools for the dictionary rows of the type table.</summary>
public sealed partial class DictionaryTools
{
    [Tool]
    public Dictionary<string, int> EchoDictionary(Dictionary<string, int> value) => value;

    [Tool]
    public IReadOnlyDictionary<string, List<string>> EchoReadOnlyDictionary(IReadOnlyDictionary<string, List<string>> value) => value;

    [Tool]
    public Dictionary<string, Point?> EchoPointMap(Dictionary<string, Point?> value) => value;
}
