using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>
/// Every HTTP-error row of DESIGN §6, injected with <c>X-Emulator-Fault</c>: the exact status, headers and body
/// bytes a client receives (golden files under Wire/).
/// </summary>
public sealed class HttpErrorFaultTests : EmulatorTest
{
    [Theory]
    [InlineData("429", 429)]
    [InlineData("429;retry-after=7", 429)]
    [InlineData("500", 500)]
    [InlineData("502", 502)]
    [InlineData("503", 503)]
    [InlineData("524", 524)]
    [InlineData("529", 529)]
    [InlineData("408", 408)]
    [InlineData("tools-unsupported", 404)]
    [InlineData("context-too-long", 400)]
    [InlineData("moderation", 403)]
    [InlineData("400", 400)]
    [InlineData("413", 413)]
    [InlineData("422", 422)]
    [InlineData("401", 401)]
    [InlineData("402", 402)]
    public async Task A_header_fault_answers_with_the_exact_status_and_body(string spec, int status)
    {
        var wire = await Wire.RenderAsync(() => PostChatAsync(Requests.Chat(message: "Tell me about Paris"), spec), Timeout);

        Assert.StartsWith($"HTTP {status}\n", wire, StringComparison.Ordinal);
        Wire.Matches("http-" + Wire.Name(spec), wire);
    }

    [Fact]
    public async Task A_rate_limit_carries_Retry_After_and_the_provider_in_metadata()
    {
        using var response = await PostChatAsync(Requests.Chat("openai/gpt-4.1"), "429;retry-after=3");

        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Timeout));
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(429, error.GetProperty("code").GetInt32());
        Assert.Equal("OpenAI", error.GetProperty("metadata").GetProperty("provider_name").GetString());
    }

    [Fact]
    public async Task Moderation_lists_its_reasons_and_the_flagged_input()
    {
        var (status, body) = await ChatAsync(Requests.Chat("openai/gpt-4o", "something rude"), "403");

        Assert.Equal(403, status);
        using var doc = JsonDocument.Parse(body);
        var metadata = doc.RootElement.GetProperty("error").GetProperty("metadata");
        Assert.Equal(["harassment"], metadata.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("something rude", metadata.GetProperty("flagged_input").GetString());
        Assert.Equal("openai/gpt-4o", metadata.GetProperty("model_slug").GetString());
    }

    [Theory]
    [InlineData("emulator/fail-429", 429)]
    [InlineData("emulator/fail-503", 503)]
    [InlineData("emulator/tools-unsupported", 404)]
    [InlineData("emulator/context-too-long", 400)]
    [InlineData("emulator/moderation", 403)]
    public async Task A_fault_model_id_answers_like_the_header(string model, int status)
    {
        var wire = await Wire.RenderAsync(() => PostChatAsync(Requests.Chat(model, "Tell me about Paris")), Timeout);

        Assert.StartsWith($"HTTP {status}\n", wire, StringComparison.Ordinal);
        Wire.Matches("model-" + Wire.Name(model), wire);
    }

    [Fact]
    public async Task An_unknown_fault_spec_is_a_400_naming_it()
    {
        var (status, body) = await ChatAsync(Requests.Chat(), "teapot");

        Assert.Equal(400, status);
        Assert.Equal("""{"error":{"code":400,"message":"Unknown emulator fault 'teapot'. See docs/emulator.md for the fault names."}}""", body);
    }
}
