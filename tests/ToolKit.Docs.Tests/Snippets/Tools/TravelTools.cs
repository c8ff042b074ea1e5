using System.ComponentModel.DataAnnotations;

namespace ToolKit.Docs.Tests.Snippets.ToolsDoc;

// docs/tools.md, first block: the tool class, with the bodies the doc leaves out ("{ ... }").
public partial class TravelTools
{
    /// <summary>Gets the weather forecast for a city.</summary>
    /// <param name="city">City name, for example "Paris".</param>
    /// <param name="days">How many days ahead, 1 to 7.</param>
    [Tool]
    public async Task<Forecast> GetForecastAsync(string city, [Range(1, 7)] int days = 3,
                                                 CancellationToken cancellationToken = default) { return await Forecasts.ReadAsync(city, days, cancellationToken); }

    /// <summary>Books a hotel room.</summary>
    /// <param name="request">The hotel, dates and guests.</param>
    [Tool(Name = "book_hotel", RequiresApproval = true, Strict = true)]
    public BookingResult BookHotel(HotelRequest request, ToolContext context) { return new BookingResult(context.IdempotencyKey, request.Hotel, request.Nights); }
}

public static class ToolsSnippets
{
    // docs/tools.md, first block, after the class.
    public static async Task<ToolResult> InvokeAsync(string id, string name, string argumentsJson, CancellationToken ct)
    {
        IToolSet tools = ToolSet.Combine(new TravelTools(), MathTools.ToolSet);
        ToolResult result = await tools.InvokeAsync(new ToolCall(id, name, argumentsJson), new ToolContext(id, name), ct);
        return result;
    }
}
