using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ToolKit;
using ToolKit.Emulator;
using ToolKit.OpenRouter;

namespace ToolKit.Docs.Tests.Snippets.GettingStartedDoc;

/// <summary>docs/getting-started.md, steps 4 to 7. Output goes to <c>Console</c>, as in the doc; tests redirect it.</summary>
public static class GettingStartedSnippets
{
    public static async Task<AgentRun> OfflineAsync()
    {
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync();
        using var client = new OpenRouterClient(new OpenRouterOptions { ApiKey = emulator.ApiKey, BaseUri = emulator.BaseUri });
        var agent = new Agent(client, new AgentOptions
        {
            Models = ["openai/gpt-4o-mini"],
            Instructions = "You are a librarian. Use the tools; never guess.",
            Tools = [new LibraryTools()],
        });

        AgentRun run = await agent.RunAsync("Which books by Le Guin are on the shelf?");
        Console.WriteLine(run.Output);   // find_books returned: [{"title":"A Wizard of Earthsea",...
        return run;
    }

    public static async Task<ToolResult> WhatTheModelSeesAsync()
    {
        Console.WriteLine(LibraryTools.ToolDefinitions[0].ParametersSchemaText);
        // {"type":"object","properties":{"author":{"type":"string","description":"The author's name, ...

        IToolSet tools = new LibraryTools();
        ToolResult bad = await tools.InvokeAsync(new ToolCall("1", "find_books", """{"max": 20}"""), new ToolContext("1", "find_books"));
        Console.WriteLine(bad.Content);
        // Invalid arguments for tool "find_books". Fix these and call it again:
        // $.max: expected an integer from 1 to 10, got 20
        // $.author: missing required property, expected a string
        return bad;
    }

    public static void OpenRouter()
    {
        using var client = new OpenRouterClient(new OpenRouterOptions { AppName = "My Library" });   // the key from OPENROUTER_API_KEY
        var agent = new Agent(client, new AgentOptions
        {
            Models = ["openai/gpt-4o-mini", "google/gemini-2.5-flash"],   // the next one is tried when one fails
            Instructions = "You are a librarian. Use the tools; never guess.",
            Tools = [new LibraryTools()],
            Limits = new RunLimits { MaxTurns = 6, MaxCostUsd = 0.05m },
        });
    }

    public static WebApplication WebApp(WebApplicationBuilder builder)
    {
        builder.Services.AddOpenRouter();                                  // the "OpenRouter" section
        builder.Services.AddAgent().AddTools<LibraryTools>();              // the "Agent" section; tools built by the container

        WebApplication app = builder.Build();
        app.MapPost("/ask", async (Question question, Agent agent, CancellationToken ct) =>
            (await agent.RunAsync(question.Text, ct)).Output);
        return app;
    }
}

/// <summary>The body of the getting-started app's <c>POST /ask</c>.</summary>
/// <param name="Text">The question.</param>
public sealed record Question(string Text);
