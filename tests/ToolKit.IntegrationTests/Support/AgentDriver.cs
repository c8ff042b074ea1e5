namespace ToolKit.IntegrationTests.Support;

/// <summary>
/// Runs or resumes an agent in either <see cref="RunMode"/> and returns the outcome, so one test body covers both.
/// Only <see cref="AgentRunException"/> is caught: anything else is a test failure.
/// </summary>
public static class AgentDriver
{
    public static Task<RunOutcome> RunAsync(Agent agent, string prompt, RunMode mode, CancellationToken cancellationToken) =>
        mode == RunMode.Streaming
            ? CollectAsync(agent.RunStreamingAsync(prompt, cancellationToken))
            : CatchAsync(agent.RunAsync(prompt, cancellationToken));

    public static Task<RunOutcome> ResumeAsync(Agent agent, AgentRunState state, IEnumerable<ApprovalDecision>? decisions, RunMode mode,
        CancellationToken cancellationToken) =>
        mode == RunMode.Streaming
            ? CollectAsync(agent.ResumeStreamingAsync(state, decisions, cancellationToken))
            : CatchAsync(agent.ResumeAsync(state, decisions, cancellationToken));

    private static async Task<RunOutcome> CatchAsync(Task<AgentRun> run)
    {
        try
        {
            return new RunOutcome(await run, null, []);
        }
        catch (AgentRunException exception)
        {
            return new RunOutcome(null, exception, []);
        }
    }

    private static async Task<RunOutcome> CollectAsync(IAsyncEnumerable<AgentEvent> stream)
    {
        var events = new List<AgentEvent>();
        try
        {
            await foreach (AgentEvent e in stream)
            {
                events.Add(e);
            }
        }
        catch (AgentRunException exception)
        {
            return new RunOutcome(null, exception, events);
        }

        // The last event of a stream that did not throw is the finished run.
        RunFinishedEvent finished = Assert.IsType<RunFinishedEvent>(events[^1]);
        return new RunOutcome(finished.Run, null, events);
    }
}
