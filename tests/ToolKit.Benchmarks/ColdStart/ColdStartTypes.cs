using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ToolKit.Benchmarks.ColdStart;

/// <summary>The order of a listing.</summary>
public enum SortOrder
{
    /// <summary>Newest first.</summary>
    Newest,

    /// <summary>Oldest first.</summary>
    Oldest,

    /// <summary>Most relevant first.</summary>
    Relevance,
}

/// <summary>The state of a record.</summary>
public enum RecordStatus
{
    /// <summary>Being edited.</summary>
    Draft,

    /// <summary>Live.</summary>
    Active,

    /// <summary>Kept, but hidden.</summary>
    Archived,
}

/// <summary>A range of dates.</summary>
public sealed record DateWindow(
    [property: Description("First day, inclusive.")] DateOnly From,
    [property: Description("Last day, inclusive.")] DateOnly To);

/// <summary>A filter on a listing.</summary>
public sealed record ListFilter(
    [property: Description("Only records in this state.")] RecordStatus? Status = null,
    [property: Description("Only records with all of these tags.")] List<string>? Tags = null,
    [property: Description("Only records in this window.")] DateWindow? Window = null);

/// <summary>Contact details.</summary>
public sealed record ContactInfo(
    [property: Description("Full name.")] string Name,
    [property: Description("E-mail address."), EmailAddress] string Email,
    [property: Description("Phone number, if any.")] string? Phone = null);

/// <summary>One record, as a tool returns it.</summary>
public sealed record RecordSummary(
    [property: Description("Record id.")] string Id,
    [property: Description("Display title.")] string Title,
    [property: Description("State.")] RecordStatus Status,
    [property: Description("Last change.")] DateTimeOffset UpdatedAt,
    [property: Description("Amount in EUR.")] decimal Amount);

/// <summary>A page of records.</summary>
public sealed record RecordPage(
    [property: Description("The records on this page.")] IReadOnlyList<RecordSummary> Items,
    [property: Description("Token for the next page, if any.")] string? NextPageToken);
