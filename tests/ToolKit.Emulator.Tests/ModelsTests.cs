using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary><c>GET /models</c> from the 2025-12-02 capture, its filter, and the per-model endpoints list.</summary>
public sealed class ModelsTests : EmulatorTest
{
    [Fact]
    public async Task Models_lists_the_capture_without_needing_a_key()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.BaseUri };
        var body = await anonymous.GetStringAsync("models", Timeout);

        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        Assert.Equal(335, data.GetArrayLength());
        var gpt = data.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "openai/gpt-4.1");
        Assert.Equal("0.000002", gpt.GetProperty("pricing").GetProperty("prompt").GetString());
        Assert.Equal(1047576, gpt.GetProperty("context_length").GetInt32());
        Assert.DoesNotContain(data.EnumerateArray(), m => m.GetProperty("id").GetString()!.StartsWith("emulator/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Supported_parameters_filters_the_list()
    {
        var (_, tools) = await GetAsync("models?supported_parameters=tools");
        var (_, both) = await GetAsync("models?supported_parameters=tools,structured_outputs");

        var withTools = JsonDocument.Parse(tools).RootElement.GetProperty("data");
        Assert.Equal(221, withTools.GetArrayLength());
        Assert.All(withTools.EnumerateArray(), m =>
            Assert.Contains("tools", m.GetProperty("supported_parameters").EnumerateArray().Select(p => p.GetString())));
        Assert.InRange(JsonDocument.Parse(both).RootElement.GetProperty("data").GetArrayLength(), 1, 220);
    }

    [Fact]
    public async Task Synthetic_models_are_listed_when_asked()
    {
        Emulator.Options.ListSyntheticModels = true;

        var (_, body) = await GetAsync("models");

        var ids = JsonDocument.Parse(body).RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("emulator/default", ids);
        Assert.Contains("emulator/small-context", ids);
    }

    [Theory]
    [InlineData("openai/gpt-4.1", "OpenAI", "openai/gpt-4.1-2025-04-14")]
    [InlineData("amazon/nova-2-lite-v1:free", "Amazon Bedrock", "amazon/nova-2-lite-v1")]
    [InlineData("emulator/default", "Emulator", "emulator/default-20251202")]
    public async Task Endpoints_lists_the_providers_of_a_model(string id, string provider, string canonical)
    {
        var (status, body) = await GetAsync($"models/{id}/endpoints");

        Assert.Equal(200, status);
        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        Assert.Equal(id, data.GetProperty("id").GetString());
        var endpoint = Assert.Single(data.GetProperty("endpoints").EnumerateArray());
        Assert.Equal(provider, endpoint.GetProperty("provider_name").GetString());
        Assert.Equal(canonical, endpoint.GetProperty("model_id").GetString());
        Assert.Equal(JsonValueKind.String, endpoint.GetProperty("pricing").GetProperty("completion").ValueKind);
    }

    [Fact]
    public async Task Configured_providers_appear_as_endpoints_in_order()
    {
        Emulator.Options.Providers["meta-llama/llama-3.3-70b-instruct"] = ["Together", "DeepInfra", "Groq"];

        var (_, body) = await GetAsync("models/meta-llama/llama-3.3-70b-instruct/endpoints");

        var names = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("endpoints").EnumerateArray()
            .Select(e => e.GetProperty("provider_name").GetString());
        Assert.Equal(["Together", "DeepInfra", "Groq"], names);
    }
}
