using ToolKit.Chat;
using ToolKit.Tests.Agents.Fakes;

namespace ToolKit.Tests.Agents;

/// <summary>Agent options reach every ChatRequest, including retries and fallbacks.</summary>
public sealed class RequestOptionsTests
{
    private sealed record RoutingExtension(string Sort);

    [Fact]
    public async Task Request_extensions_and_sampling_options_reach_every_request()
    {
        var routing = new RoutingExtension("price");
        var model = new ScriptedChatModel();
        model.Script("m1").Fail(FailureKind.ModelNotFound);
        model.Script("m2").Text("ok");
        AgentOptions options = TestAgents.Options("m1", "m2");
        options.RequestExtensions = [routing];
        options.Temperature = 0.2;
        options.TopP = 0.9;
        options.MaxTokens = 256;
        options.Seed = 7;

        await new Agent(model, options).RunAsync("Hello");

        Assert.Equal(2, model.Requests.Count);
        Assert.All(model.Requests, request =>
        {
            Assert.Same(routing, request.GetExtension<RoutingExtension>());
            Assert.Equal<(double?, double?, int?, int?)>((0.2, 0.9, 256, 7), (request.Temperature, request.TopP, request.MaxTokens, request.Seed));
        });
    }

    [Fact]
    public async Task Without_extensions_the_request_has_none()
    {
        var model = new ScriptedChatModel();
        model.Script("m1").Text("ok");

        await new Agent(model, TestAgents.Options("m1")).RunAsync("Hello");

        Assert.Null(model.Requests[0].Extensions);
    }
}
