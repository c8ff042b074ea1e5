using ToolKit.Emulator;

namespace ToolKit.Docs.Tests.Snippets.EmulatorDoc;

/// <summary>The blocks of docs/emulator.md.</summary>
public static class EmulatorSnippets
{
    public static async Task<string> StartAsync()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync(new EmulatorOptions { /* all optional */ });
        var http = new HttpClient { BaseAddress = emulator.BaseUri };              // http://127.0.0.1:PORT/api/v1/
        http.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);  // sk-or-v1-emulator-key
        using (http)
        {
            return await http.GetStringAsync("credits");
        }
    }

    public static void Script(OpenRouterEmulator emulator)
    {
        emulator.Script("test/agent",
            ScriptedResponse.FromToolCalls(new ScriptedToolCall("get_forecast", """{"city":"Oslo"}""", Id: "call_1")),
            ScriptedResponse.FromText("Cold in Oslo."),
            ScriptedResponse.FromFault("503"),
            new ScriptedResponse { Text = "…", Reasoning = "…", FinishReason = "length", Delay = TimeSpan.FromSeconds(1) });
    }
}
