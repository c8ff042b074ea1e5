using System.Text.Json;
using ToolKit.Emulator;
using ToolKit.OpenRouter;

namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// The fault matrix: the real agent and OpenRouter client against the emulator, one fault per case. Turn 1 runs the
/// weather tool; the tool itself then breaks the chain's first model, so turn 2 meets the fault with a tool result
/// already in the transcript. Each case ends in success through retry or fallback (checked attempt by attempt
/// against DESIGN §6), or in a typed <see cref="AgentRunException"/> that carries the transcript. Either way the
/// tool ran exactly once.
/// </summary>
public sealed class FaultMatrixTests
{
    private const string Prompt = "What's the weather in Paris?";

    // The faults whose failed answer still names the model that served it.
    private static readonly HashSet<EmulatorFaultKind> FailuresNameTheServedModel =
        [EmulatorFaultKind.ChoiceError, EmulatorFaultKind.StreamError, EmulatorFaultKind.ContentFilter, EmulatorFaultKind.EmptyChoices];

    public static TheoryData<string, RunMode> Cases => FaultMatrix.SpecsInBothModes();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_fault_on_the_second_turn_ends_as_DESIGN_section_6_says(string spec, RunMode mode)
    {
        FaultCase fault = FaultMatrix.Cases[spec];
        FailureKind kind = fault.KindIn(mode);
        DesignPolicy.Action action = DesignPolicy.For(kind);
        await using EmulatorHarness harness = await EmulatorHarness.StartAsync();
        var tools = new WeatherTools { AfterCall = () => harness.Emulator.SetModelFault(EmulatorHarness.Primary, spec) };
        AgentOptions options = EmulatorHarness.Options();
        options.Tools = [tools];
        options.Retry = options.Retry with { RequestTimeout = fault.RequestTimeout };
        var agent = new Agent(harness.NewClient(), options);
        using CancellationTokenSource deadline = EmulatorHarness.NewDeadline();

        RunOutcome outcome = await AgentDriver.RunAsync(agent, Prompt, mode, deadline.Token);

        Assert.Equal(1, tools.Calls);
        Assert.Equal(ExpectedAttempts(fault, kind, options.Retry), outcome.Attempts.Select(a => (a.Turn, a.RequestedModel, a.Failure)));
        Assert.All(outcome.Attempts, a => Assert.False(a.Skipped));
        Assert.All(outcome.Attempts.Where(a => a.Succeeded), a =>
            Assert.Equal(a.RequestedModel == EmulatorHarness.Primary ? EmulatorHarness.PrimaryServed : EmulatorHarness.FallbackServed, a.ServedModel));

        // A failed attempt names a served model only where an answer named it: an error inside a response or a
        // stream, or an unusable answer. A bare error status, a reset or a timeout served nothing.
        string? servedOnFailure = FailuresNameTheServedModel.Contains(EmulatorFault.Parse(spec).Kind) ? EmulatorHarness.PrimaryServed : null;
        Assert.All(outcome.Attempts.Where(a => a.Failure is not null && a.RequestedModel == EmulatorHarness.Primary), a =>
            Assert.Equal(servedOnFailure, a.ServedModel));
        AssertTurnTwoResentTheSameTranscript(harness);

        if (action == DesignPolicy.Action.Fail)
        {
            AssertFailedWithTranscript(outcome, kind, harness);
            return;
        }

        AgentRun run = outcome.Completed;
        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Contains("Sunny and 21 degrees in Paris", run.Output);
        if (mode == RunMode.Streaming)
        {
            AssertStreamedFailuresAndFallback(outcome, kind, FellBack(run));
        }
    }

    // DESIGN §6 per kind: retried kinds get their tries on the first model while the fault lasts, then the next model;
    // next-model kinds move on after one failure; failing kinds stop at once.
    private static List<(int, string, FailureKind?)> ExpectedAttempts(FaultCase fault, FailureKind kind, RetryOptions retry)
    {
        var expected = new List<(int, string, FailureKind?)> { (1, EmulatorHarness.Primary, null) };
        int fires = fault.Times ?? int.MaxValue;
        switch (DesignPolicy.For(kind))
        {
            case DesignPolicy.Action.RetryThenNextModel:
                int tries = DesignPolicy.Tries(kind, retry);
                int failures = Math.Min(fires, tries);
                expected.AddRange(Enumerable.Repeat((2, EmulatorHarness.Primary, (FailureKind?)kind), failures));
                expected.Add((2, failures < tries ? EmulatorHarness.Primary : EmulatorHarness.Fallback, null));
                break;
            case DesignPolicy.Action.NextModel:
                expected.Add((2, EmulatorHarness.Primary, kind));
                expected.Add((2, EmulatorHarness.Fallback, null));
                break;
            case DesignPolicy.Action.Fail:
                expected.Add((2, EmulatorHarness.Primary, kind));
                break;
        }

        return expected;
    }

    private static bool FellBack(AgentRun run) => run.Attempts.Any(a => a.RequestedModel == EmulatorHarness.Fallback);

    // "A retried or fallen-back request resends the same transcript": every request after the first carries the
    // same messages (the turn-2 transcript), whichever model it went to.
    private static void AssertTurnTwoResentTheSameTranscript(EmulatorHarness harness)
    {
        IReadOnlyList<JsonElement> requests = harness.ChatRequests();
        Assert.True(requests.Count >= 2, $"expected a second turn, saw {requests.Count} requests");
        string[] transcripts = requests.Skip(1).Select(r => r.GetProperty("messages").GetRawText()).Distinct().ToArray();
        string transcript = Assert.Single(transcripts);
        Assert.Contains("Sunny and 21 degrees in Paris", transcript);
    }

    private static void AssertFailedWithTranscript(RunOutcome outcome, FailureKind kind, EmulatorHarness harness)
    {
        AgentRunException failure = outcome.Failure ?? throw new Xunit.Sdk.XunitException($"expected {kind}, the run completed: {outcome.Run!.Output}");
        Assert.Equal(kind, failure.Kind);
        OpenRouterException cause = Assert.IsType<OpenRouterException>(failure.InnerException);
        Assert.Equal(kind, cause.Kind);

        // The transcript up to the failure: instructions, prompt, the tool call and its result.
        Assert.Equal([ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.Tool], failure.Messages.Select(m => m.Role));
        Assert.Equal("Sunny and 21 degrees in Paris", failure.Messages[3].Content);
        Assert.Equal("Sunny and 21 degrees in Paris", AgentRunState.FromJson(failure.State.ToJson()).Messages[3].Content);

        // Failing fast means the next model never hears of it.
        Assert.DoesNotContain(harness.ChatRequests(), r => r.GetProperty("model").GetString() == EmulatorHarness.Fallback);
    }

    private static void AssertStreamedFailuresAndFallback(RunOutcome outcome, FailureKind kind, bool fellBack)
    {
        AttemptFailedEvent[] failed = outcome.Events.OfType<AttemptFailedEvent>().ToArray();
        Assert.NotEmpty(failed);
        Assert.All(failed, e => Assert.Equal((2, kind), (e.Turn, e.Attempt.Failure!.Value)));
        FallbackEvent[] fallbacks = outcome.Events.OfType<FallbackEvent>().ToArray();
        if (fellBack)
        {
            FallbackEvent fallback = Assert.Single(fallbacks);
            Assert.Equal((EmulatorHarness.Primary, EmulatorHarness.Fallback, kind, 2), (fallback.FromModel, fallback.ToModel, fallback.Reason, fallback.Turn));
        }
        else
        {
            Assert.Empty(fallbacks);
        }
    }
}
