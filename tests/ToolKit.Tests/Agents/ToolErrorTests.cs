using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>Calls that cannot run go back to the model as tool errors; the run goes on.</summary>
public sealed class ToolErrorTests
{
    [Fact]
    public async Task An_unknown_tool_is_answered_with_the_list_of_tools()
    {
        AgentRun run = await RunOneCall(TestAgents.Call("c1", "get_weather", """{"city":"Oslo"}"""));

        string told = TestAgents.ToolMessage(run.Messages, "c1").Content!;
        Assert.Contains("no tool named \"get_weather\"", told);
        Assert.Contains("lookup", told);
        Assert.Equal(ToolErrorKind.UnknownTool, run.State.Ledger["1:c1"].ErrorKind);
        Assert.Equal("Recovered.", run.Output);
    }

    [Fact]
    public async Task Bad_arguments_are_answered_with_every_problem_and_its_path()
    {
        AgentRun run = await RunOneCall(TestAgents.Call("c1", "lookup", """{"key":42,"extra":true}"""));

        string told = TestAgents.ToolMessage(run.Messages, "c1").Content!;
        Assert.Contains("Invalid arguments for tool \"lookup\"", told);
        Assert.Contains("$.key", told);
        Assert.Contains("$.extra", told);
        Assert.Equal(ToolErrorKind.InvalidArguments, run.State.Ledger["1:c1"].ErrorKind);
    }

    [Fact]
    public async Task Malformed_argument_json_is_an_argument_error()
    {
        AgentRun run = await RunOneCall(TestAgents.Call("c1", "lookup", """{"key":"""));

        Assert.Equal(ToolErrorKind.InvalidArguments, run.State.Ledger["1:c1"].ErrorKind);
        Assert.Equal("Recovered.", run.Output);
    }

    [Fact]
    public async Task A_tool_that_throws_is_answered_with_the_exception_message()
    {
        AgentRun run = await RunOneCall(TestAgents.Call("c1", "explode", """{"reason":"disk full"}"""));

        string told = TestAgents.ToolMessage(run.Messages, "c1").Content!;
        Assert.Contains("InvalidOperationException", told);
        Assert.Contains("disk full", told);
        Assert.Equal(ToolErrorKind.ToolFailed, run.State.Ledger["1:c1"].ErrorKind);
    }

    [Fact]
    public async Task Exception_details_stay_out_when_the_options_say_so()
    {
        AgentRun run = await RunOneCall(TestAgents.Call("c1", "explode", """{"reason":"secret path /etc/x"}"""), includeDetails: false);

        string told = TestAgents.ToolMessage(run.Messages, "c1").Content!;
        Assert.DoesNotContain("secret", told);
        Assert.Contains("failed", told);
    }

    private static async Task<AgentRun> RunOneCall(ToolCall call, bool includeDetails = true)
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Calls(call).Text("Recovered.");
        AgentOptions options = TestAgents.Options("m1");
        options.Tools = [new CountingTools()];
        options.IncludeExceptionDetails = includeDetails;
        AgentRun run = await new Agent(model, options).RunAsync("Go");
        Assert.Equal(AgentRunStatus.Completed, run.Status);
        return run;
    }
}
