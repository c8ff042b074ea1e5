using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ToolKit;
using ToolKit.Chat;
using ToolKit.Docs.Tests.Snippets.ToolsDoc;

namespace ToolKit.Docs.Tests.Snippets.AgentDoc;

/// <summary>The blocks of docs/agent.md, in order, each in the context it assumes.</summary>
public static class AgentSnippets
{
    public static async Task<AgentRun> LoopAsync(Func<IChatModel> anyModel)
    {
        IChatModel model = anyModel();                          // OpenRouterClient, or any IChatModel
        var agent = new Agent(model, new AgentOptions
        {
            Models = ["openai/gpt-4o", "anthropic/claude-sonnet-4"],   // the fallback chain, tried in order
            Instructions = "You are a travel assistant.",               // sent as the system message
            Tools = [new TravelTools()],                                // generated IToolSet implementations
            Limits = new RunLimits { MaxTurns = 8, MaxCostUsd = 0.50m, MaxDuration = TimeSpan.FromMinutes(2) },
        });

        AgentRun run = await agent.RunAsync("What will the weather be in Paris for the next three days?");
        Console.WriteLine(run.Status);                   // Completed, Partial or AwaitingApproval
        Console.WriteLine(run.Output);                   // the final answer text
        Console.WriteLine(run.Usage.CostUsd);            // summed from usage.cost of every successful request
        return run;
    }

    public static async Task FailuresAsync(Agent agent, string prompt)
    {
        try
        {
            AgentRun run = await agent.RunAsync(prompt);
        }
        catch (AgentRunException e) when (e.Kind is FailureKind.Unauthorized or FailureKind.InsufficientCredits)
        {
            string saved = e.State.ToJson();             // fix the key or top up, then:
            AgentRun run = await agent.ResumeAsync(AgentRunState.FromJson(saved));
        }
    }

    public static AgentOptions Cooldowns()
    {
        var options = new AgentOptions { Models = ["a", "b"], Cooldowns = new ModelCooldowns() };
        return options;
    }

    public static async Task<AgentRun> ApprovalsAsync(Agent agent)
    {
        AgentRun run = await agent.RunAsync("Book the Ritz for two nights from June 1.");
        if (run.Status == AgentRunStatus.AwaitingApproval)
        {
            string json = run.State.ToJson();            // store it anywhere
            // ... later, anywhere:
            AgentRunState state = AgentRunState.FromJson(json);
            var decisions = state.PendingApprovals.Select(p => p.ToolName == "book_hotel"
                ? ApprovalDecision.Approve(p.CallId)
                : ApprovalDecision.Deny(p.CallId, "Only hotel bookings are allowed."));
            run = await agent.ResumeAsync(state, decisions);
        }

        return run;
    }

    public static void ApprovalHandler(AgentOptions options, IBookingPolicy policy)
    {
        options.ApprovalHandler = async (request, ct) =>
            await policy.AllowsAsync(request.ToolName, request.Arguments, ct)     // your rules, a prompt, a queue...
                ? ApprovalDecision.Approve(request.CallId)
                : ApprovalDecision.Deny(request.CallId, "The booking policy does not allow this.");
    }

    public static async Task<AgentRun> CheckpointsAsync(IChatModel model, IToolSet tools, string prompt, string callId)
    {
        var store = new FileCheckpointStore("/var/lib/myapp/runs");
        var agent = new Agent(model, new AgentOptions { Models = ["openai/gpt-4o"], Tools = [tools], CheckpointStore = store });

        AgentRun run = await agent.RunAsync(prompt);          // pauses for approval, or the process dies mid-run
        // ... after a restart:
        run = await agent.ResumeAsync(run.RunId, [ApprovalDecision.Approve(callId)]);
        return run;
    }

    public static async Task<string> StreamingAsync(Agent agent)
    {
        var text = new StringBuilder();
        await foreach (AgentEvent e in agent.RunStreamingAsync("Plan my trip."))
        {
            switch (e)
            {
                case TextDeltaEvent delta: text.Append(delta.Text); break;
                case AttemptFailedEvent: text.Clear(); break;                 // that attempt's text is void
                case ToolCallStartedEvent call: Console.WriteLine($"running {call.ToolName}"); break;
                case RunFinishedEvent done: Console.WriteLine(done.Run.Status); break;
            }
        }

        return text.ToString();
    }

    public static void Logging(AgentOptions options, ILoggerFactory loggerFactory)
    {
        options.Logger = loggerFactory.CreateLogger("ToolKit.Agent");
    }

    public static void Telemetry(HostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource(AgentTelemetry.Name))
            .WithMetrics(m => m.AddMeter(AgentTelemetry.Name));
    }
}

/// <summary>The approval rules docs/agent.md's handler consults.</summary>
public interface IBookingPolicy
{
    Task<bool> AllowsAsync(string toolName, string arguments, CancellationToken cancellationToken);
}
