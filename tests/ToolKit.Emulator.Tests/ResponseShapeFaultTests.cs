using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>
/// Faults that keep HTTP 200 but bend the body: an error inside the choice, content filtering, empty choices, and
/// malformed tool calls, each in JSON and in a stream (golden files under Wire/).
/// </summary>
public sealed class ResponseShapeFaultTests : EmulatorTest
{
    private static string WeatherRequest(bool stream) =>
        Requests.Chat("openai/gpt-4.1", "What's the weather in Paris?", stream, Requests.ForecastTool);

    [Theory]
    [InlineData("choice-error")]
    [InlineData("choice-error;code=server_error")]
    [InlineData("content-filter")]
    [InlineData("empty-choices")]
    [InlineData("bad-args")]
    [InlineData("empty-args")]
    [InlineData("unknown-tool")]
    [InlineData("tools-stop")]
    [InlineData("tools-null")]
    public async Task A_shape_fault_answers_200_with_the_exact_body(string spec)
    {
        var json = await Wire.RenderAsync(() => PostChatAsync(WeatherRequest(false), spec), Timeout);
        var sse = await Wire.RenderAsync(() => PostChatAsync(WeatherRequest(true), spec), Timeout);

        Assert.StartsWith("HTTP 200\n", json, StringComparison.Ordinal);
        Assert.StartsWith("HTTP 200\n", sse, StringComparison.Ordinal);
        Wire.Matches("shape-" + Wire.Name(spec), json);
        Wire.Matches("shape-" + Wire.Name(spec) + "-stream", sse);
    }

    [Fact]
    public async Task A_choice_error_has_finish_reason_error_and_the_error_object()
    {
        var (_, body) = await ChatAsync(WeatherRequest(false), "choice-error");

        using var doc = JsonDocument.Parse(body);
        var choice = doc.RootElement.GetProperty("choices")[0];
        Assert.Equal("error", choice.GetProperty("finish_reason").GetString());
        Assert.Equal(502, choice.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Bad_args_are_not_parseable_JSON()
    {
        var (_, body) = await ChatAsync(WeatherRequest(false), "bad-args");

        var arguments = FirstCall(body).GetProperty("function").GetProperty("arguments").GetString()!;
        Assert.NotEmpty(arguments);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(arguments));
    }

    [Fact]
    public async Task Empty_args_are_an_empty_string()
    {
        var (_, body) = await ChatAsync(WeatherRequest(false), "empty-args");

        Assert.Equal("", FirstCall(body).GetProperty("function").GetProperty("arguments").GetString());
    }

    [Fact]
    public async Task Unknown_tool_names_a_tool_that_was_not_offered_and_can_be_chosen()
    {
        var (_, body) = await ChatAsync(WeatherRequest(false), "unknown-tool;name=get_forecast");

        // The requested name is taken, so the emulator makes it unknown.
        Assert.Equal("get_forecast_x", FirstCall(body).GetProperty("function").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("tools-stop", "stop")]
    [InlineData("tools-null", null)]
    public async Task Tool_calls_can_end_with_an_unexpected_finish_reason(string spec, string? finish)
    {
        var (_, body) = await ChatAsync(WeatherRequest(false), spec);

        using var doc = JsonDocument.Parse(body);
        var choice = doc.RootElement.GetProperty("choices")[0];
        Assert.Equal(finish, choice.GetProperty("finish_reason").GetString());
        Assert.Equal("get_forecast", FirstCall(body).GetProperty("function").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tool_faults_without_tools_in_the_request_still_make_a_call()
    {
        var (_, body) = await ChatAsync(Requests.Chat(), "empty-args");

        Assert.Equal("unknown_tool", FirstCall(body).GetProperty("function").GetProperty("name").GetString());
    }

    private static JsonElement FirstCall(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("tool_calls")[0];
}
