namespace ToolKit.Tests.Tools;

public sealed record StrictLine(string Sku, int Quantity = 1);

public sealed record StrictOrder(string Customer, List<StrictLine> Lines, Address? ShipTo = null, bool Gift = false);

/// <summary>
/// Strict tools, each paired with a non-strict twin of the same signature, so that tests can compare what strict
/// mode changes.
/// </summary>
public sealed partial class StrictTools
{
    [Tool(Strict = true)]
    public StrictOrder PlaceOrder(StrictOrder order, int quantity = 1, string? note = null, Priority priority = Priority.Normal) =>
        Place(order, quantity, note, priority);

    [Tool]
    public StrictOrder PlaceOrderLoose(StrictOrder order, int quantity = 1, string? note = null, Priority priority = Priority.Normal) =>
        Place(order, quantity, note, priority);

    // A recursive type in a strict tool is the point of these two; Google Gemini, which rejects $ref (TK0008), is not targeted.
#pragma warning disable TK0008
    [Tool(Strict = true)]
    public TreeNode PlantTree(TreeNode root, string? label = null) => label is null ? root : root with { Name = label };

    [Tool]
    public TreeNode PlantTreeLoose(TreeNode root, string? label = null) => label is null ? root : root with { Name = label };
#pragma warning restore TK0008

    [Tool(Strict = true)]
    public Person Schedule(DateTimeOffset at, Person owner, TimeSpan? every = null, Permissions permissions = Permissions.Read) => owner;

    [Tool]
    public Person ScheduleLoose(DateTimeOffset at, Person owner, TimeSpan? every = null, Permissions permissions = Permissions.Read) => owner;

    private static StrictOrder Place(StrictOrder order, int quantity, string? note, Priority priority) =>
        order with { Customer = $"{order.Customer}|{quantity}|{note ?? "-"}|{priority}" };
}
