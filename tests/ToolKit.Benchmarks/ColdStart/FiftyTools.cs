// Written by generate-fifty-tools.py: 50 tools for the cold-start probe. Do not edit; re-run the script.
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ToolKit.Benchmarks.ColdStart;

/// <summary>Fifty tools over five kinds of business records.</summary>
public sealed partial class FiftyTools
{
    [Tool]
    [Description("Gets order records (tool 1 of 50).")]
    public RecordSummary GetOrder(
        [Description("The order id or a search text.")] string id,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20,
        [Description("Narrows the records down.")] ListFilter? filter = null)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Gets customer records (tool 2 of 50).")]
    public RecordPage GetCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null)
        => new RecordPage([], null);

    [Tool]
    [Description("Gets invoice records (tool 3 of 50).")]
    public string GetInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null)
        => "Get Invoice " + id;

    [Tool]
    [Description("Gets product records (tool 4 of 50).")]
    public int GetProduct(
        [Description("The product id or a search text.")] string id,
        [Description("Narrows the records down.")] ListFilter? filter = null,
        [Description("Who to notify.")] ContactInfo? contact = null)
        => id.Length;

    [Tool]
    [Description("Gets shipment records (tool 5 of 50).")]
    public bool GetShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false)
        => id.Length > 0;

    [Tool]
    [Description("Lists order records (tool 6 of 50).")]
    public RecordSummary ListOrder(
        [Description("The order id or a search text.")] string id,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Lists customer records (tool 7 of 50).")]
    public RecordPage ListCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("Who to notify.")] ContactInfo? contact = null,
        [Description("An id to trace the call by.")] Guid? correlationId = null)
        => new RecordPage([], null);

    [Tool]
    [Description("Lists invoice records (tool 8 of 50).")]
    public string ListInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null)
        => "List Invoice " + id;

    [Tool]
    [Description("Lists product records (tool 9 of 50).")]
    public int ListProduct(
        [Description("The product id or a search text.")] string id,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest)
        => id.Length;

    [Tool]
    [Description("Lists shipment records (tool 10 of 50).")]
    public bool ListShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("An id to trace the call by.")] Guid? correlationId = null,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20)
        => id.Length > 0;

    [Tool]
    [Description("Searchs order records (tool 11 of 50).")]
    public RecordSummary SearchOrder(
        [Description("The order id or a search text.")] string id,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Searchs customer records (tool 12 of 50).")]
    public RecordPage SearchCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null)
        => new RecordPage([], null);

    [Tool]
    [Description("Searchs invoice records (tool 13 of 50).")]
    public string SearchInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20,
        [Description("Narrows the records down.")] ListFilter? filter = null)
        => "Search Invoice " + id;

    [Tool]
    [Description("Searchs product records (tool 14 of 50).")]
    public int SearchProduct(
        [Description("The product id or a search text.")] string id,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null)
        => id.Length;

    [Tool]
    [Description("Searchs shipment records (tool 15 of 50).")]
    public bool SearchShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null)
        => id.Length > 0;

    [Tool]
    [Description("Creates order records (tool 16 of 50).")]
    public RecordSummary CreateOrder(
        [Description("The order id or a search text.")] string id,
        [Description("Narrows the records down.")] ListFilter? filter = null,
        [Description("Who to notify.")] ContactInfo? contact = null)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Creates customer records (tool 17 of 50).")]
    public RecordPage CreateCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false)
        => new RecordPage([], null);

    [Tool]
    [Description("Creates invoice records (tool 18 of 50).")]
    public string CreateInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null)
        => "Create Invoice " + id;

    [Tool]
    [Description("Creates product records (tool 19 of 50).")]
    public int CreateProduct(
        [Description("The product id or a search text.")] string id,
        [Description("Who to notify.")] ContactInfo? contact = null,
        [Description("An id to trace the call by.")] Guid? correlationId = null)
        => id.Length;

    [Tool]
    [Description("Creates shipment records (tool 20 of 50).")]
    public bool CreateShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null)
        => id.Length > 0;

    [Tool]
    [Description("Updates order records (tool 21 of 50).")]
    public RecordSummary UpdateOrder(
        [Description("The order id or a search text.")] string id,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Updates customer records (tool 22 of 50).")]
    public RecordPage UpdateCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("An id to trace the call by.")] Guid? correlationId = null,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20)
        => new RecordPage([], null);

    [Tool]
    [Description("Updates invoice records (tool 23 of 50).")]
    public string UpdateInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active)
        => "Update Invoice " + id;

    [Tool]
    [Description("Updates product records (tool 24 of 50).")]
    public int UpdateProduct(
        [Description("The product id or a search text.")] string id,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null)
        => id.Length;

    [Tool]
    [Description("Updates shipment records (tool 25 of 50).")]
    public bool UpdateShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20,
        [Description("Narrows the records down.")] ListFilter? filter = null)
        => id.Length > 0;

    [Tool]
    [Description("Deletes order records (tool 26 of 50).")]
    public RecordSummary DeleteOrder(
        [Description("The order id or a search text.")] string id,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Deletes customer records (tool 27 of 50).")]
    public RecordPage DeleteCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null)
        => new RecordPage([], null);

    [Tool]
    [Description("Deletes invoice records (tool 28 of 50).")]
    public string DeleteInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("Narrows the records down.")] ListFilter? filter = null,
        [Description("Who to notify.")] ContactInfo? contact = null)
        => "Delete Invoice " + id;

    [Tool]
    [Description("Deletes product records (tool 29 of 50).")]
    public int DeleteProduct(
        [Description("The product id or a search text.")] string id,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false)
        => id.Length;

    [Tool]
    [Description("Deletes shipment records (tool 30 of 50).")]
    public bool DeleteShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null)
        => id.Length > 0;

    [Tool]
    [Description("Archives order records (tool 31 of 50).")]
    public RecordSummary ArchiveOrder(
        [Description("The order id or a search text.")] string id,
        [Description("Who to notify.")] ContactInfo? contact = null,
        [Description("An id to trace the call by.")] Guid? correlationId = null)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Archives customer records (tool 32 of 50).")]
    public RecordPage ArchiveCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null)
        => new RecordPage([], null);

    [Tool]
    [Description("Archives invoice records (tool 33 of 50).")]
    public string ArchiveInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest)
        => "Archive Invoice " + id;

    [Tool]
    [Description("Archives product records (tool 34 of 50).")]
    public int ArchiveProduct(
        [Description("The product id or a search text.")] string id,
        [Description("An id to trace the call by.")] Guid? correlationId = null,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20)
        => id.Length;

    [Tool]
    [Description("Archives shipment records (tool 35 of 50).")]
    public bool ArchiveShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active)
        => id.Length > 0;

    [Tool]
    [Description("Restores order records (tool 36 of 50).")]
    public RecordSummary RestoreOrder(
        [Description("The order id or a search text.")] string id,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Restores customer records (tool 37 of 50).")]
    public RecordPage RestoreCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20,
        [Description("Narrows the records down.")] ListFilter? filter = null)
        => new RecordPage([], null);

    [Tool]
    [Description("Restores invoice records (tool 38 of 50).")]
    public string RestoreInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null)
        => "Restore Invoice " + id;

    [Tool]
    [Description("Restores product records (tool 39 of 50).")]
    public int RestoreProduct(
        [Description("The product id or a search text.")] string id,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null)
        => id.Length;

    [Tool]
    [Description("Restores shipment records (tool 40 of 50).")]
    public bool RestoreShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("Narrows the records down.")] ListFilter? filter = null,
        [Description("Who to notify.")] ContactInfo? contact = null)
        => id.Length > 0;

    [Tool]
    [Description("Counts order records (tool 41 of 50).")]
    public RecordSummary CountOrder(
        [Description("The order id or a search text.")] string id,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Counts customer records (tool 42 of 50).")]
    public RecordPage CountCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null)
        => new RecordPage([], null);

    [Tool]
    [Description("Counts invoice records (tool 43 of 50).")]
    public string CountInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("Who to notify.")] ContactInfo? contact = null,
        [Description("An id to trace the call by.")] Guid? correlationId = null)
        => "Count Invoice " + id;

    [Tool]
    [Description("Counts product records (tool 44 of 50).")]
    public int CountProduct(
        [Description("The product id or a search text.")] string id,
        [Description("How long to wait.")] TimeSpan? timeout = null,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null)
        => id.Length;

    [Tool]
    [Description("Counts shipment records (tool 45 of 50).")]
    public bool CountShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("Only records changed in this window.")] DateWindow? window = null,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest)
        => id.Length > 0;

    [Tool]
    [Description("Exports order records (tool 46 of 50).")]
    public RecordSummary ExportOrder(
        [Description("The order id or a search text.")] string id,
        [Description("An id to trace the call by.")] Guid? correlationId = null,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20)
        => new RecordSummary(id, "Order " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m);

    [Tool]
    [Description("Exports customer records (tool 47 of 50).")]
    public RecordPage ExportCustomer(
        [Description("The customer id or a search text.")] string id,
        [Description("Whether archived records are included.")] bool includeArchived = false,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active)
        => new RecordPage([], null);

    [Tool]
    [Description("Exports invoice records (tool 48 of 50).")]
    public string ExportInvoice(
        [Description("The invoice id or a search text.")] string id,
        [Description("Smallest amount in EUR.")] double? minAmount = null,
        [Description("A note to keep with the change.")] [StringLength(500)] string? note = null,
        [Description("The order of the records.")] SortOrder order = SortOrder.Newest,
        [Description("Only records changed in this window.")] DateWindow? window = null)
        => "Export Invoice " + id;

    [Tool]
    [Description("Exports product records (tool 49 of 50).")]
    public int ExportProduct(
        [Description("The product id or a search text.")] string id,
        [Description("How many records to return, 1 to 100.")] [Range(1, 100)] int limit = 20,
        [Description("Narrows the records down.")] ListFilter? filter = null)
        => id.Length;

    [Tool]
    [Description("Exports shipment records (tool 50 of 50).")]
    public bool ExportShipment(
        [Description("The shipment id or a search text.")] string id,
        [Description("Tags to match.")] List<string>? tags = null,
        [Description("The state to set or match.")] RecordStatus status = RecordStatus.Active,
        [Description("How long to wait.")] TimeSpan? timeout = null)
        => id.Length > 0;

    /// <summary>The 50 tool methods as delegates, for <c>AIFunctionFactory.Create</c>.</summary>
    public Delegate[] ToolDelegates() =>
    [
        GetOrder,
        GetCustomer,
        GetInvoice,
        GetProduct,
        GetShipment,
        ListOrder,
        ListCustomer,
        ListInvoice,
        ListProduct,
        ListShipment,
        SearchOrder,
        SearchCustomer,
        SearchInvoice,
        SearchProduct,
        SearchShipment,
        CreateOrder,
        CreateCustomer,
        CreateInvoice,
        CreateProduct,
        CreateShipment,
        UpdateOrder,
        UpdateCustomer,
        UpdateInvoice,
        UpdateProduct,
        UpdateShipment,
        DeleteOrder,
        DeleteCustomer,
        DeleteInvoice,
        DeleteProduct,
        DeleteShipment,
        ArchiveOrder,
        ArchiveCustomer,
        ArchiveInvoice,
        ArchiveProduct,
        ArchiveShipment,
        RestoreOrder,
        RestoreCustomer,
        RestoreInvoice,
        RestoreProduct,
        RestoreShipment,
        CountOrder,
        CountCustomer,
        CountInvoice,
        CountProduct,
        CountShipment,
        ExportOrder,
        ExportCustomer,
        ExportInvoice,
        ExportProduct,
        ExportShipment,
    ];
}
