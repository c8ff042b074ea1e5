using System.Text.Json;
using ToolKit.Tests.Tools;

namespace ToolKit.Tests.Dispatch;

public sealed class TravelToolsTests
{
    private static readonly IToolSet Tools = new TravelTools();

    private static ValueTask<ToolResult> Invoke(string name, string arguments) =>
        Tools.InvokeAsync(new ToolCall("call_1", name, arguments), new ToolContext("call_1", name));

    [Fact]
    public async Task Valid_arguments_bind_and_the_result_is_written_as_json()
    {
        ToolResult result = await Invoke("get_forecast", """{"city":"Paris","days":2,"unit":"fahrenheit"}""");

        Assert.False(result.IsError, result.Content);
        Assert.True(result.IsJson);
        Assert.Equal("""{"city":"Paris","days":2,"unit":"fahrenheit","highs":[20.5,21.5]}""", result.Content);
    }

    [Fact]
    public async Task Defaults_apply_when_optional_arguments_are_absent()
    {
        ToolResult result = await Invoke("get_forecast", """{"city":"Oslo"}""");

        using JsonDocument json = JsonDocument.Parse(result.Content);
        Assert.Equal(3, json.RootElement.GetProperty("days").GetInt32());
        Assert.Equal("celsius", json.RootElement.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Every_argument_error_is_reported_with_its_path()
    {
        ToolResult result = await Invoke("get_forecast", """{"days":"three","unit":"kelvin","extra":1}""");

        Assert.Equal(ToolErrorKind.InvalidArguments, result.ErrorKind);
        Assert.Equal(
            [
                "$.days: expected an integer from 1 to 7, got \"three\"",
                "$.unit: expected one of \"celsius\", \"fahrenheit\", got \"kelvin\"",
                "$.extra: unknown property; expected one of: city, days, unit",
                "$.city: missing required property, expected a string",
            ],
            result.ArgumentErrors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Nested_objects_bind_through_their_constructor()
    {
        ToolResult result = await Invoke("book_hotel", """{"request":{"hotel":"Ritz","check_in":"2025-06-01","nights":2}}""");

        Assert.False(result.IsError, result.Content);
        Assert.False(result.IsJson);
        Assert.Equal("Booked Ritz for 2 nights from 2025-06-01.", result.Content);
    }

    [Fact]
    public async Task Nested_errors_name_the_nested_path()
    {
        ToolResult result = await Invoke("book_hotel", """{"request":{"hotel":"Ritz","check_in":"June 1st","nights":40,"guests":["a",3]}}""");

        Assert.Equal(
            [
                "$.request.check_in: expected a date string such as \"2025-06-01\", got \"June 1st\"",
                "$.request.nights: expected an integer from 1 to 30, got 40",
                "$.request.guests[1]: expected a string, got 3",
            ],
            result.ArgumentErrors.Select(e => e.ToString()));
    }
}
