namespace ToolKit.Tests.Tools;

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
