using System.Text;
using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;
using ToolKit.Tests.Outputs;

namespace ToolKit.Tests.Agents;

/// <summary>RunAsync&lt;T&gt;: the generated schema goes out as response_format and the answer is bound by generated code.</summary>
public sealed class TypedOutputTests
{
    private const string ValidPlan = """{"city":"Rome","days":[{"day":1,"activities":["Colosseum"]}],"budget_eur":null}""";

    [Fact]
    public async Task A_valid_answer_binds_and_the_schema_is_sent_as_response_format()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text(ValidPlan);

        AgentRun<TripPlan> run = await new Agent(model, TestAgents.Options("m1")).RunAsync<TripPlan>("Plan a day in Rome.");

        Assert.Equal(AgentRunStatus.Completed, run.Status);
        Assert.Equal("Rome", run.Value!.City);
        ChatResponseFormat format = Assert.Single(model.Requests).ResponseFormat!;
        Assert.Equal("trip_plan", format.Name);
        Assert.True(format.Strict);
        Assert.Equal(Encoding.UTF8.GetString(TripPlan.OutputSchema.Span), Encoding.UTF8.GetString(format.Schema.Span));
    }

    [Fact]
    public async Task An_invalid_answer_gets_one_repair_turn_that_names_every_problem()
    {
        var model = new ScriptedChatModel();
        model.Script("m1")
            .Text("""{"city":"Rome","days":[{"day":0,"activities":[]}]}""")
            .Text("```json\n" + ValidPlan + "\n```");

        AgentRun<TripPlan> run = await new Agent(model, TestAgents.Options("m1")).RunAsync<TripPlan>("Plan a day in Rome.");

        Assert.Equal("Rome", run.Value!.City);
        Assert.Equal(2, model.Requests.Count);
        ChatMessage repair = model.Requests[1].Messages[^1];
        Assert.Equal(ChatRole.User, repair.Role);
        Assert.Contains("$.days[0].day: expected an integer from 1 to 30, got 0", repair.Content);
    }

    [Fact]
    public async Task An_answer_still_invalid_after_the_repair_turn_fails_with_InvalidResponse()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("not json").Text("""{"city":3}""");

        AgentRunException failure = await Assert.ThrowsAsync<AgentRunException>(
            () => new Agent(model, TestAgents.Options("m1")).RunAsync<TripPlan>("Plan."));

        Assert.Equal(FailureKind.InvalidResponse, failure.Kind);
        Assert.Contains("$.city: expected a string, got 3", failure.Message);
        Assert.Equal(2, model.Requests.Count);
        Assert.Equal("""{"city":3}""", failure.Messages[^1].Content);
    }
}
