using ToolKit.Docs.Tests.Snippets.EmulatorDoc;
using ToolKit.Emulator;

namespace ToolKit.Docs.Tests;

/// <summary>docs/emulator.md's snippets do what the doc says.</summary>
public sealed class EmulatorDocTests
{
    [Fact]
    public async Task The_started_emulator_answers_with_the_key_from_the_snippet()
    {
        string credits = await EmulatorSnippets.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("\"total_credits\":10", credits);
    }

    [Fact]
    public async Task The_script_queues_four_answers()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));

        EmulatorSnippets.Script(emulator);

        Assert.Equal(4, emulator.PendingScripted("test/agent"));
    }
}
