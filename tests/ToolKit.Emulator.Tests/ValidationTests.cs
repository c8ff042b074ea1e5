using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>Requests OpenRouter would refuse are refused the same way, in its error shape.</summary>
public sealed class ValidationTests : EmulatorTest
{
    [Theory]
    [InlineData(null, """{"error":{"code":401,"message":"No auth credentials found"}}""")]
    [InlineData("Bearer sk-or-v1-wrong", """{"error":{"code":401,"message":"User not found."}}""")]
    [InlineData("Basic abc", """{"error":{"code":401,"message":"No auth credentials found"}}""")]
    public async Task Chat_needs_an_accepted_bearer_key(string? authorization, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions") { Content = new StringContent(Requests.Chat()) };
        request.Headers.Authorization = null;
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var client = new HttpClient { BaseAddress = Emulator.BaseUri };
        using var response = await client.SendAsync(request, Timeout);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(Timeout));
    }

    [Fact]
    public async Task Another_configured_key_is_accepted()
    {
        Emulator.Options.ApiKeys.Add("sk-or-v1-second");
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-or-v1-second");

        var (status, _) = await ChatAsync(Requests.Chat());

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task An_unknown_model_id_is_a_400_naming_it()
    {
        var (status, body) = await ChatAsync(Requests.Chat("google/gemini-pro-1.5"));

        Assert.Equal(400, status);
        Assert.Equal("""{"error":{"code":400,"message":"google/gemini-pro-1.5 is not a valid model ID"}}""", body);
    }

    [Theory]
    [InlineData("{\"model\":", """{"error":{"code":400,"message":"Invalid JSON in request body"}}""")]
    [InlineData("", """{"error":{"code":400,"message":"Invalid JSON in request body"}}""")]
    [InlineData("[1,2]", """{"error":{"code":400,"message":"Invalid request body: expected a JSON object"}}""")]
    [InlineData("""{"model":"openai/gpt-4.1"}""", """{"error":{"code":400,"message":"Input required: specify \"prompt\" or \"messages\""}}""")]
    [InlineData("""{"messages":"hi"}""", """{"error":{"code":400,"message":"messages: expected an array of messages"}}""")]
    [InlineData("""{"messages":[{"role":"robot","content":"hi"}]}""", """{"error":{"code":400,"message":"messages[0].role: expected one of \"system\", \"user\", \"assistant\", \"tool\", \"developer\""}}""")]
    [InlineData("""{"messages":[{"role":"user"}]}""", """{"error":{"code":400,"message":"messages[0].content: required"}}""")]
    [InlineData("""{"messages":[{"role":"tool","content":"x"}]}""", """{"error":{"code":400,"message":"messages[0].tool_call_id: required for a tool message"}}""")]
    [InlineData("""{"model":42,"messages":[{"role":"user","content":"hi"}]}""", """{"error":{"code":400,"message":"model: expected a string"}}""")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"bad name!"}}]}""", """{"error":{"code":400,"message":"tools[0].function.name: must match ^[a-zA-Z0-9_-]{1,64}$, got \"bad name!\""}}""")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"tool_choice":{"type":"function","function":{"name":"nope"}}}""", """{"error":{"code":400,"message":"tool_choice: no tool named \"nope\" in tools"}}""")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"max_tokens":0}""", """{"error":{"code":400,"message":"max_tokens: expected an integer of at least 1"}}""")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"response_format":{"type":"yaml"}}""", """{"error":{"code":400,"message":"response_format.type: expected \"text\", \"json_object\" or \"json_schema\", got \"yaml\""}}""")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"provider":{"order":"OpenAI"}}""", """{"error":{"code":400,"message":"provider.order: expected an array of strings"}}""")]
    public async Task A_malformed_body_is_a_400_in_the_OpenRouter_shape(string json, string expected)
    {
        using var response = await Http.PostAsync("chat/completions", new StringContent(json, Encoding.UTF8, "application/json"), Timeout);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(Timeout));
    }

    [Theory]
    [InlineData("deepseek/deepseek-v3.2-speciale")]
    [InlineData("emulator/no-tools")]
    public async Task Tools_sent_to_a_model_without_tool_support_are_a_404(string model)
    {
        var (status, body) = await ChatAsync(Requests.Chat(model, "Weather in Paris?", false, Requests.ForecastTool));

        Assert.Equal(404, status);
        Assert.Equal("""{"error":{"code":404,"message":"No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing"}}""", body);
    }

    [Fact]
    public async Task A_prompt_over_the_context_length_is_a_400_with_the_numbers()
    {
        // emulator/small-context holds 256 tokens; 1,200 characters are about 300.
        var (status, body) = await ChatAsync(Requests.Chat("emulator/small-context", new string('a', 1200)));

        Assert.Equal(400, status);
        Assert.Equal("""{"error":{"code":400,"message":"This endpoint's maximum context length is 256 tokens. However, you requested about 300 tokens (300 of text input, 0 in the output). Please reduce the length of either one, or use the \"middle-out\" transform to compress your prompt automatically."}}""", body);
    }

    [Fact]
    public async Task Max_tokens_counts_towards_the_context_length_and_middle_out_lifts_the_limit()
    {
        var request = Requests.With(Requests.Chat("emulator/small-context", new string('a', 800)), "max_tokens", 100);

        var (tooLong, body) = await ChatAsync(request);
        var (compressed, _) = await ChatAsync(Requests.With(request, "transforms", new JsonArray("middle-out")));

        Assert.Equal(400, tooLong);
        Assert.Contains("you requested about 300 tokens (200 of text input, 100 in the output)", body, StringComparison.Ordinal);
        Assert.Equal(200, compressed);
    }

    [Theory]
    [InlineData("GET", "chat/completions", 405, """{"error":{"code":405,"message":"Method Not Allowed"}}""")]
    [InlineData("GET", "nowhere", 404, """{"error":{"code":404,"message":"Not Found"}}""")]
    [InlineData("GET", "models/openai/nothing-like-this/endpoints", 404, """{"error":{"code":404,"message":"Model openai/nothing-like-this not found"}}""")]
    public async Task Unknown_routes_get_OpenRouter_shaped_errors(string method, string path, int status, string expected)
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Timeout);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(Timeout));
    }
}
