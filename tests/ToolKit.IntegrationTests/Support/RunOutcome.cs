namespace ToolKit.IntegrationTests.Support;

/// <summary>How a run ended: with an <see cref="AgentRun"/> or an <see cref="AgentRunException"/>, plus the streamed events.</summary>
public sealed record RunOutcome(AgentRun? Run, AgentRunException? Failure, IReadOnlyList<AgentEvent> Events)
{
    /// <summary>The run, failing the test with the exception when there is none.</summary>
    public AgentRun Completed => Run ?? throw new Xunit.Sdk.XunitException("The run failed: " + Failure);

    /// <summary>The attempts, from whichever way the run ended.</summary>
    public IReadOnlyList<ModelAttempt> Attempts => Run?.Attempts ?? Failure!.Attempts;
}
