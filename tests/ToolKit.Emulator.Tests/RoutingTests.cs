using System.Text.Json;
using System.Text.Json.Nodes;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>The server-side <c>models</c> fallback list and the <c>provider</c> routing object.</summary>
public sealed class RoutingTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions()
    {
        var options = base.CreateOptions();
        options.Providers["openai/gpt-4.1"] = ["OpenAI", "Azure"];
        return options;
    }

    private static string Request(string model, JsonArray? models = null, JsonNode? provider = null, params string[] tools)
    {
        var json = Requests.Chat(model, "What's the weather in Paris?", false, tools);
        if (models is not null)
        {
            json = Requests.With(json, "models", models);
        }

        return provider is null ? json : Requests.With(json, "provider", provider);
    }

    [Fact]
    public async Task A_failing_first_model_falls_back_to_the_next_and_reports_it()
    {
        var (status, body) = await ChatAsync(Request("emulator/fail-503", ["openai/gpt-4.1"]));

        Assert.Equal(200, status);
        Assert.Equal("openai/gpt-4.1-2025-04-14", Field(body, "model"));
    }

    [Fact]
    public async Task Models_alone_is_tried_in_order()
    {
        var (status, body) = await ChatAsync(Requests.With(Request("x", ["emulator/fail-429", "emulator/fail-529", "anthropic/claude-sonnet-4.5"]), "model", null));

        Assert.Equal(200, status);
        Assert.Equal("anthropic/claude-4.5-sonnet-20250929", Field(body, "model"));
        Assert.Equal("Anthropic", Field(body, "provider"));
    }

    [Fact]
    public async Task Tools_and_context_failures_fall_back_too()
    {
        var (tools, toolsBody) = await ChatAsync(Request("emulator/no-tools", ["openai/gpt-4o"], null, Requests.ForecastTool));
        var (context, contextBody) = await ChatAsync(Requests.With(
            Requests.Chat("emulator/small-context", new string('x', 2000)), "models", new JsonArray("openai/gpt-4o-mini")));

        Assert.Equal((200, "openai/gpt-4o"), (tools, Field(toolsBody, "model")));
        Assert.Equal((200, "openai/gpt-4o-mini"), (context, Field(contextBody, "model")));
    }

    [Fact]
    public async Task When_every_model_fails_the_last_error_is_returned()
    {
        var (status, body) = await ChatAsync(Request("emulator/fail-503", ["emulator/fail-429"]));

        Assert.Equal(429, status);
        Assert.Contains("emulator/fail-429 is temporarily rate-limited", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_error_does_not_fall_back()
    {
        Emulator.Script("test/second", ScriptedResponse.FromText("should not be used"));

        var (status, _) = await ChatAsync(Request("emulator/fail-401", ["test/second"]));

        Assert.Equal(401, status);
        Assert.Equal(1, Emulator.PendingScripted("test/second"));
    }

    [Fact]
    public async Task An_unknown_id_in_models_is_a_400()
    {
        var (status, body) = await ChatAsync(Request("openai/gpt-4.1", ["meta-llama/llama-3.1-8b-instruct:free"]));

        Assert.Equal(400, status);
        Assert.Contains("meta-llama/llama-3.1-8b-instruct:free is not a valid model ID", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"order":["azure"]}""", "Azure")]
    [InlineData("""{"order":["Azure","OpenAI"]}""", "Azure")]
    [InlineData("""{"only":["OpenAI"]}""", "OpenAI")]
    [InlineData("""{"ignore":["openai"]}""", "Azure")]
    [InlineData("""{"order":["Nobody"]}""", "OpenAI")]
    public async Task Provider_preferences_choose_the_provider(string provider, string served)
    {
        var (status, body) = await ChatAsync(Request("openai/gpt-4.1", null, JsonNode.Parse(provider)));

        Assert.Equal(200, status);
        Assert.Equal(served, Field(body, "provider"));
    }

    [Fact]
    public async Task A_failing_provider_falls_back_to_the_next_unless_fallbacks_are_off()
    {
        Emulator.SetProviderFault("OpenAI", "503");

        var (status, body) = await ChatAsync(Request("openai/gpt-4.1"));
        var (strict, strictBody) = await ChatAsync(Request("openai/gpt-4.1", null, JsonNode.Parse("""{"allow_fallbacks":false}""")));

        Assert.Equal((200, "Azure"), (status, Field(body, "provider")));
        Assert.Equal(503, strict);
        Assert.Contains("\"provider_name\":\"OpenAI\"", strictBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_fault_can_name_the_provider_by_slug_and_recover()
    {
        Emulator.SetProviderFault("azure", "502;times=1");
        const string preferAzure = """{"order":["Azure"],"allow_fallbacks":false}""";

        var (first, _) = await ChatAsync(Request("openai/gpt-4.1", null, JsonNode.Parse(preferAzure)));
        var (second, body) = await ChatAsync(Request("openai/gpt-4.1", null, JsonNode.Parse(preferAzure)));

        Assert.Equal(502, first);
        Assert.Equal((200, "Azure"), (second, Field(body, "provider")));
    }

    [Fact]
    public async Task No_allowed_provider_is_a_404()
    {
        var (status, body) = await ChatAsync(Request("openai/gpt-4.1", null, JsonNode.Parse("""{"only":["Groq"]}""")));

        Assert.Equal(404, status);
        Assert.Equal("""{"error":{"code":404,"message":"No allowed providers are available for the selected model."}}""", body);
    }

    [Theory]
    [InlineData("""{"max_price":{"prompt":1,"completion":1}}""")]
    [InlineData("""{"max_price":{"prompt":"1","completion":"1"}}""")]
    public async Task Max_price_in_USD_per_million_tokens_filters_models(string provider)
    {
        // gpt-4.1 costs $2/M prompt tokens, gpt-4o-mini $0.15/M. OpenRouter's schema types prices as decimal strings.
        var cheap = JsonNode.Parse(provider);

        var (alone, _) = await ChatAsync(Request("openai/gpt-4.1", null, cheap));
        var (status, body) = await ChatAsync(Request("openai/gpt-4.1", ["openai/gpt-4o-mini"], cheap?.DeepClone()));

        Assert.Equal(404, alone);
        Assert.Equal((200, "openai/gpt-4o-mini"), (status, Field(body, "model")));
    }

    [Fact]
    public async Task Require_parameters_skips_models_that_lack_one()
    {
        var request = Requests.With(Request("openai/gpt-4.1", ["openai/gpt-4o"], JsonNode.Parse("""{"require_parameters":true}""")), "temperature", 0.2);

        var (status, body) = await ChatAsync(request);

        // gpt-4.1's catalog entry lacks "temperature"; gpt-4o has it.
        Assert.Equal((200, "openai/gpt-4o"), (status, Field(body, "model")));
    }

    private static string? Field(string body, string name) => JsonDocument.Parse(body).RootElement.GetProperty(name).GetString();
}
