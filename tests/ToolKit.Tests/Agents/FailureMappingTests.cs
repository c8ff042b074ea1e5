using System.Text.Json;
using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>Faults that are not a <see cref="ChatModelException"/>, and answers that are unusable, get a failure kind.</summary>
public sealed class FailureMappingTests
{
    [Fact]
    public async Task A_transport_exception_is_a_network_error()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Throw(new HttpRequestException("Connection reset by peer")).Text("recovered");
        var agent = new Agent(model, TestAgents.Options("m1"));

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal("recovered", run.Output);
        Assert.Equal(FailureKind.NetworkError, run.Attempts[0].Failure);
    }

    [Fact]
    public async Task An_unparseable_body_is_an_invalid_response_and_moves_on()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Throw(new JsonException("'<' is an invalid start of a value."));
        model.Script("m2").Text("from m2");
        var agent = new Agent(model, TestAgents.Options("m1", "m2"));

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal("from m2", run.Output);
        Assert.Equal(FailureKind.InvalidResponse, run.Attempts[0].Failure);
    }

    [Fact]
    public async Task An_empty_answer_is_an_invalid_response()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("");
        model.Script("m2").Text("from m2");
        var agent = new Agent(model, TestAgents.Options("m1", "m2"));

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal("from m2", run.Output);
        Assert.Equal(FailureKind.InvalidResponse, run.Attempts[0].Failure);

        // The empty answer never reached the transcript.
        Assert.Equal([ChatRole.User, ChatRole.Assistant], run.Messages.Select(m => m.Role));
    }

    [Fact]
    public async Task A_content_filter_finish_reason_is_content_filtered()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("[filtered]", finishReason: "content_filter");
        model.Script("m2").Text("from m2");
        var agent = new Agent(model, TestAgents.Options("m1", "m2"));

        AgentRun run = await agent.RunAsync("Hello");

        Assert.Equal("from m2", run.Output);
        Assert.Equal(FailureKind.ContentFiltered, run.Attempts[0].Failure);
    }

    [Fact]
    public async Task A_request_that_outlives_the_request_timeout_is_a_timeout_retried_once()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Hang().Hang();

        // Spare answers: on a loaded machine m2 may itself miss the short timeout once.
        model.Script("m2").Text("from m2").Text("from m2");
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.Retry = options.Retry with { RequestTimeout = TimeSpan.FromMilliseconds(200) };

        AgentRun run = await new Agent(model, options).RunAsync("Hello").WaitAsync(TestAgents.HangGuard);

        Assert.Equal("from m2", run.Output);
        Assert.Equal(2, model.RequestsTo("m1").Count);
        Assert.Equal(
            [("m1", (FailureKind?)FailureKind.Timeout), ("m1", FailureKind.Timeout)],
            run.Attempts.Take(2).Select(a => (a.RequestedModel, a.Failure)));
    }
}
