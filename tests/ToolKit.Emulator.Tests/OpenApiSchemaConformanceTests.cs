using System.Text.Json;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>Emulator responses validate against OpenRouter's own OpenAPI schemas (ChatResult, ChatStreamChunk, error bodies).</summary>
public sealed class OpenApiSchemaConformanceTests : EmulatorTest
{
    [Fact]
    public void The_validator_rejects_a_body_that_breaks_ChatResult()
    {
        // Guards the harness: if refs did not resolve, everything would pass.
        using var doc = JsonDocument.Parse("""{"id":"x","object":"chat.completion","created":1,"model":"m","system_fingerprint":null,"choices":[{"index":0,"finish_reason":"done","message":{"role":"assistant"}}]}""");
        var errors = OpenApiSchemas.Errors("ChatResult", doc.RootElement);
        Assert.Contains(errors, e => e.Contains("/choices/0/finish_reason", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("What's the weather in Paris in celsius?")]
    public async Task A_completion_validates_against_ChatResult(string message)
    {
        var (status, body) = await ChatAsync(Requests.Chat("openai/gpt-4.1", message, false, Requests.ForecastTool));

        Assert.Equal(200, status);
        using var doc = JsonDocument.Parse(body);
        Assert.Empty(OpenApiSchemas.Errors("ChatResult", doc.RootElement));
    }

    [Fact]
    public async Task A_completion_with_reasoning_validates_against_ChatResult()
    {
        Emulator.Script("test/thinker", new ScriptedResponse { Text = "42", Reasoning = "Six times seven." });

        var (_, body) = await ChatAsync(Requests.Chat("test/thinker"));

        using var doc = JsonDocument.Parse(body);
        Assert.Empty(OpenApiSchemas.Errors("ChatResult", doc.RootElement));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("What's the weather in Paris in celsius?")]
    public async Task Every_stream_chunk_validates_against_ChatStreamChunk(string message)
    {
        Emulator.Script("test/thinker", new ScriptedResponse { Text = "Forty-two, after some thought.", Reasoning = "Six times seven." });
        foreach (var model in new[] { "openai/gpt-4.1", "test/thinker" })
        {
            var (status, body) = await ChatAsync(Requests.Chat(model, message, true, Requests.ForecastTool));

            Assert.Equal(200, status);
            var chunks = Sse.Chunks(body);
            Assert.True(chunks.Count >= 3);
            foreach (var chunk in chunks)
            {
                Assert.Empty(OpenApiSchemas.Errors("ChatStreamChunk", chunk));
            }
        }
    }

    [Fact]
    public async Task A_mid_stream_error_chunk_with_a_numeric_code_validates_against_ChatStreamChunk()
    {
        var (_, body) = await ChatAsync(Requests.Chat(stream: true), "stream-error");

        var last = Sse.Chunks(body)[^1];
        Assert.True(last.TryGetProperty("error", out _));
        Assert.Empty(OpenApiSchemas.Errors("ChatStreamChunk", last));
    }

    [Theory]
    [InlineData("429", "TooManyRequestsResponse")]
    [InlineData("502", "BadGatewayResponse")]
    [InlineData("503", "ServiceUnavailableResponse")]
    [InlineData("524", "EdgeNetworkTimeoutResponse")]
    [InlineData("529", "ProviderOverloadedResponse")]
    [InlineData("408", "RequestTimeoutResponse")]
    [InlineData("401", "UnauthorizedResponse")]
    [InlineData("402", "PaymentRequiredResponse")]
    [InlineData("403", "ForbiddenResponse")]
    [InlineData("404", "NotFoundResponse")]
    [InlineData("413", "PayloadTooLargeResponse")]
    [InlineData("422", "UnprocessableEntityResponse")]
    [InlineData("500", "InternalServerResponse")]
    [InlineData("context-too-long", "BadRequestResponse")]
    public async Task Error_bodies_validate_against_their_error_schema(string fault, string component)
    {
        var (_, body) = await ChatAsync(Requests.Chat(), fault);

        using var doc = JsonDocument.Parse(body);
        Assert.Empty(OpenApiSchemas.Errors(component, doc.RootElement));
    }
}
