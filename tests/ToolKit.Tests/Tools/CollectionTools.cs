namespace ToolKit.Tests.Tools;

/// <summary>Echo tools for the collection rows of the type table.</summary>
public sealed partial class CollectionTools
{
    [Tool]
    public int[] EchoArray(int[] value) => value;

    [Tool]
    public List<string> EchoList(List<string> value) => value;

    [Tool]
    public IList<int> EchoIList(IList<int> value) => value;

    [Tool]
    public IReadOnlyList<double> EchoReadOnlyList(IReadOnlyList<double> value) => value;

    [Tool]
    public IEnumerable<int> EchoEnumerable(IEnumerable<int> value) => value;

    [Tool]
    public ISet<string> EchoSet(ISet<string> value) => value;

    [Tool]
    public HashSet<int> EchoHashSet(HashSet<int> value) => value;

    [Tool]
    public List<List<int>> EchoNestedLists(List<List<int>> value) => value;

    [Tool]
    public Point[] EchoPoints(Point[] value) => value;

    /// <summary>Reports the runtime collection types the binder built.</summary>
    [Tool]
    public string CollectionKinds(int[] array, IList<int> list, IEnumerable<int> sequence, ISet<int> set) =>
        $"{array.GetType().Name}|{list.GetType().Name}|{sequence.GetType().Name}|{set.GetType().Name}";

    [Tool]
    public int CountItems(IReadOnlyList<string>? items = null) => items?.Count ?? -1;
}
