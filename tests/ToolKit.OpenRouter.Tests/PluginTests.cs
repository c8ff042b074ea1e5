using System.Text.Json;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Tests;

/// <summary>Plugins and other objects whose settings live in extension data.</summary>
public sealed class PluginTests
{
    [Fact]
    public void The_web_plugin_writes_its_settings_next_to_its_id()
    {
        string json = JsonSerializer.Serialize(
            new ChatCompletionRequest { Plugins = [Plugin.CreateWeb(maxResults: 3, searchPrompt: "Results:"), Plugin.Create("response-healing")] },
            OpenRouterJsonContext.Wire.ChatCompletionRequest);

        Assert.Equal("""{"messages":[],"plugins":[{"id":"web","max_results":3,"search_prompt":"Results:"},{"id":"response-healing"}]}""", json);
    }

    [Fact]
    public void Unknown_response_fields_are_kept_and_written_back()
    {
        const string json = """{"id":"gen-1","choices":[],"openrouter_metadata":{"attempt":1},"service_tier":"default"}""";

        ChatCompletion completion = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Wire.ChatCompletion)!;

        Assert.Equal(1, completion.AdditionalProperties!["openrouter_metadata"].GetProperty("attempt").GetInt32());
        Assert.Equal(json, JsonSerializer.Serialize(completion, OpenRouterJsonContext.Wire.ChatCompletion));
    }
}
