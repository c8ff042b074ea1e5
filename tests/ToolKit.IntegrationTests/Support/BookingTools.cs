namespace ToolKit.IntegrationTests.Support;

/// <summary>A tool with a side effect that needs approval, counting its runs.</summary>
public sealed partial class BookingTools
{
    private int _bookings;

    /// <summary>How many times <c>book_hotel</c> ran.</summary>
    public int Bookings => Volatile.Read(ref _bookings);

    /// <summary>Books a hotel room.</summary>
    /// <param name="hotel">The hotel name, for example "Ritz".</param>
    /// <param name="city">The city, for example "Paris".</param>
    [Tool(RequiresApproval = true)]
    public string BookHotel(string hotel, string city)
    {
        Interlocked.Increment(ref _bookings);
        return $"Booked {hotel} in {city}, confirmation BK-1";
    }
}
