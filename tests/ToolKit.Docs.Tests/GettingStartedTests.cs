using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ToolKit.Docs.Tests.Snippets.GettingStartedDoc;
using ToolKit.Emulator;

namespace ToolKit.Docs.Tests;

/// <summary>docs/getting-started.md's steps do what the doc says they do.</summary>
public sealed class GettingStartedTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Step_4_the_offline_agent_calls_the_tool_and_answers_from_its_result()
    {
        AgentRun run = await GettingStartedSnippets.OfflineAsync().WaitAsync(Bound);

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.StartsWith("find_books returned: [{\"title\":\"A Wizard of Earthsea\",", run.Output);
        Assert.Contains("The Left Hand of Darkness", run.Output);
        Assert.DoesNotContain("Kindred", run.Output);
    }

    [Fact]
    public async Task Step_5_the_schema_and_the_argument_errors_are_the_ones_shown()
    {
        ToolResult bad = await GettingStartedSnippets.WhatTheModelSeesAsync().WaitAsync(Bound);

        Assert.StartsWith("""{"type":"object","properties":{"author":{"type":"string","description":"The author's name, """, LibraryTools.ToolDefinitions[0].ParametersSchemaText);
        Assert.Equal(ToolErrorKind.InvalidArguments, bad.ErrorKind);
        Assert.Equal(
            """
            Invalid arguments for tool "find_books". Fix these and call it again:
            $.max: expected an integer from 1 to 10, got 20
            $.author: missing required property, expected a string
            """.ReplaceLineEndings("\n"),
            bad.Content.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Step_7_the_web_app_answers_from_configuration_and_container_built_tools()
    {
        using var timeout = new CancellationTokenSource(Bound);
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(cancellationToken: timeout.Token);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = emulator.ApiKey,
            ["OpenRouter:BaseUri"] = emulator.BaseUri.ToString(),
            ["Agent:Models:0"] = "openai/gpt-4o-mini",
        });

        await using WebApplication app = GettingStartedSnippets.WebApp(builder);
        await app.StartAsync(timeout.Token);
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using HttpResponseMessage response = await http.PostAsJsonAsync("/ask", new Question("Which books by Le Guin are on the shelf?"), timeout.Token);
        string answer = await response.Content.ReadAsStringAsync(timeout.Token);
        await app.StopAsync(timeout.Token);

        Assert.True(response.IsSuccessStatusCode, answer);
        Assert.Contains("find_books returned:", answer);
        Assert.Contains("A Wizard of Earthsea", answer);
    }
}
