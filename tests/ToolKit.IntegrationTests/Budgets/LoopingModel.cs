using System.Text.Json;
using ToolKit.Emulator;

namespace ToolKit.IntegrationTests.Budgets;

/// <summary>
/// A scripted emulator model that never stops calling tools (and ignores <c>tool_choice: none</c>, as misbehaving
/// models do), so only a limit can end the run. Priced like <c>emulator/default</c>: $1/M prompt, $2/M completion.
/// </summary>
internal static class LoopingModel
{
    public const string Id = "budget/looper";

    public static readonly string[] Cities = ["Oslo", "Rome", "Lima"];

    /// <summary>Queues <paramref name="turns"/> answers, each calling <c>get_weather</c> <paramref name="callsPerTurn"/> times.</summary>
    public static void Script(OpenRouterEmulator emulator, int turns = 50, int callsPerTurn = 1) =>
        emulator.Script(Id, Enumerable.Range(0, turns)
            .Select(_ => ScriptedResponse.FromToolCalls(Cities.Take(callsPerTurn)
                .Select(city => new ScriptedToolCall("get_weather", $$"""{"city":"{{city}}"}"""))
                .ToArray()))
            .ToArray());

    /// <summary>The <c>tool_choice</c> of every chat request, in order (<c>absent</c> when a request had none).</summary>
    public static string[] ToolChoices(EmulatorHarness harness) =>
        harness.ChatRequests().Select(r => r.TryGetProperty("tool_choice", out JsonElement choice) ? choice.GetString() ?? "null" : "absent").ToArray();
}
