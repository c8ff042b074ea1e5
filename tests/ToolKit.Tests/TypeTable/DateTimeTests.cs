using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>
/// Type table rows: DateTime and DateTimeOffset are date-time strings; DateOnly, TimeOnly and TimeSpan are date,
/// time and (ISO 8601) duration strings.
/// </summary>
public sealed class DateTimeTests
{
    private static readonly IToolSet Tools = new DateTimeTools();

    [Theory]
    [InlineData("echo_date_time", "date-time")]
    [InlineData("echo_date_time_offset", "date-time")]
    [InlineData("echo_date_only", "date")]
    [InlineData("echo_time_only", "time")]
    [InlineData("echo_time_span", "duration")]
    public void Schemas_are_strings_with_a_format(string tool, string format) =>
        AssertSchema(Tools, tool, ValueSchema("""{"type":"string","format":"%format%"}""".Replace("%format%", format)));

    [Theory]
    [InlineData("echo_date_time", "2025-06-01T14:30:00Z", "2025-06-01T14:30:00Z")]
    [InlineData("echo_date_time", "2025-06-01T14:30:00.125Z", "2025-06-01T14:30:00.125Z")]
    [InlineData("echo_date_time_offset", "2025-06-01T14:30:00+02:00", "2025-06-01T14:30:00+02:00")]
    [InlineData("echo_date_time_offset", "2025-06-01T14:30:00Z", "2025-06-01T14:30:00+00:00")]
    [InlineData("echo_date_only", "2025-06-01", "2025-06-01")]
    [InlineData("echo_date_only", "0001-01-01", "0001-01-01")]
    [InlineData("echo_time_only", "14:30:00", "14:30:00")]
    [InlineData("echo_time_only", "14:30", "14:30:00")]
    [InlineData("echo_time_only", "23:59:59.5", "23:59:59.5")]
    [InlineData("echo_time_span", "PT1H30M", "PT1H30M")]
    [InlineData("echo_time_span", "P1DT2H", "P1DT2H")]
    [InlineData("echo_time_span", "P2W", "P14D")]
    [InlineData("echo_time_span", "PT90M", "PT1H30M")]
    [InlineData("echo_time_span", "PT0.5S", "PT0.5S")]
    [InlineData("echo_time_span", "-PT5M", "-PT5M")]
    [InlineData("echo_time_span", "PT0S", "PT0S")]
    public async Task Values_round_trip_in_their_format(string tool, string sent, string returned) =>
        await AssertReturns(Tools, tool, """{"value":"%sent%"}""".Replace("%sent%", sent), $"\"{returned}\"");

    [Fact]
    public async Task A_utc_date_time_binds_as_utc()
    {
        Assert.Equal("Utc", await CallText(Tools, "date_time_kind", """{"value":"2025-06-01T14:30:00Z"}"""));
    }

    [Theory]
    [InlineData("echo_date_time", "yesterday", "a date-time string such as \"2025-06-01T14:30:00Z\"")]
    [InlineData("echo_date_time", "2025-13-01T00:00:00Z", "a date-time string such as \"2025-06-01T14:30:00Z\"")]
    [InlineData("echo_date_time_offset", "14:30", "a date-time string such as \"2025-06-01T14:30:00Z\"")]
    [InlineData("echo_date_only", "June 1st", "a date string such as \"2025-06-01\"")]
    [InlineData("echo_date_only", "2025-02-30", "a date string such as \"2025-06-01\"")]
    [InlineData("echo_date_only", "2025-06-01T00:00:00Z", "a date string such as \"2025-06-01\"")]
    [InlineData("echo_time_only", "25:00", "a time string such as \"14:30:00\"")]
    [InlineData("echo_time_only", "noon", "a time string such as \"14:30:00\"")]
    [InlineData("echo_time_span", "1 hour", "an ISO 8601 duration string such as \"PT1H30M\"")]
    [InlineData("echo_time_span", "01:30:00", "an ISO 8601 duration string such as \"PT1H30M\"")]
    [InlineData("echo_time_span", "PT", "an ISO 8601 duration string such as \"PT1H30M\"")]
    [InlineData("echo_time_span", "P1Y", "an ISO 8601 duration string such as \"PT1H30M\"")]
    [InlineData("echo_time_span", "PT30M1H", "an ISO 8601 duration string such as \"PT1H30M\"")]
    public async Task Malformed_strings_are_rejected(string tool, string sent, string expected)
    {
        await AssertErrors(Tools, tool, """{"value":"%sent%"}""".Replace("%sent%", sent), $"$.value: expected {expected}, got \"{sent}\"");
    }

    [Theory]
    [InlineData("echo_date_time", "a date-time string such as \"2025-06-01T14:30:00Z\"")]
    [InlineData("echo_date_only", "a date string such as \"2025-06-01\"")]
    [InlineData("echo_time_only", "a time string such as \"14:30:00\"")]
    [InlineData("echo_time_span", "an ISO 8601 duration string such as \"PT1H30M\"")]
    public async Task Non_strings_are_rejected(string tool, string expected)
    {
        await AssertErrors(Tools, tool, """{"value":20250601}""", $"$.value: expected {expected}, got 20250601");
        await AssertErrors(Tools, tool, "{}", $"$.value: missing required property, expected {expected}");
    }
}
