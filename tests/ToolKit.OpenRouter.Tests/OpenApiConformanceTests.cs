using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>
/// Conformance with OpenRouter's own OpenAPI description: what the client sends validates against
/// <c>ChatRequest</c>, and the recorded answers it parses validate against <c>ChatResult</c>,
/// <c>ChatStreamChunk</c> and the endpoint schemas.
/// </summary>
public sealed class OpenApiConformanceTests
{
    public static TheoryData<string> ChatResults => [.. Payloads.Names("chat-*.json")];

    public static TheoryData<string> Streams => [.. Payloads.Names("stream-*.sse").Where(n => n != "stream-mid-error-string-code.sse")];

    private static async Task<RecordedRequest> SendAsync(Func<OpenRouterClient, Task> call, string response = "chat-basic.json")
    {
        var handler = new StubHandler().RespondJson(Payloads.Read(response));
        using OpenRouterClient client = TestClients.Create(handler);
        await call(client);
        return handler.SingleRequest;
    }

    private static IEnumerable<JsonElement> Events(string sse) =>
        sse.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(e => e.StartsWith("data: ", StringComparison.Ordinal) && e != "data: [DONE]")
            .Select(e => JsonElement.Parse(e["data: ".Length..]));

    [Fact]
    public void The_validator_resolves_refs_across_the_document_and_rejects_bad_requests()
    {
        // Each of these breaks a rule that lives behind a $ref, so they only fail if references resolve.
        Assert.False(OpenApi.IsValid("ChatRequest", JsonElement.Parse("""{"messages":[]}""")));
        Assert.False(OpenApi.IsValid("ChatRequest", JsonElement.Parse("""{"messages":[{"role":"wizard","content":"x"}]}""")));
        Assert.False(OpenApi.IsValid("ChatRequest", JsonElement.Parse("""{"messages":[{"role":"user","content":"x"}],"provider":{"bogus":true}}""")));
        Assert.False(OpenApi.IsValid("ChatRequest", JsonElement.Parse("""{"messages":[{"role":"tool","content":"x"}]}""")));
        Assert.True(OpenApi.IsValid("ChatRequest", JsonElement.Parse("""{"model":"openai/gpt-4o","messages":[{"role":"user","content":"x"}]}""")));
    }

    [Fact]
    public void The_validator_rejects_results_and_chunks_that_break_the_schema()
    {
        string basic = Payloads.Read("chat-basic.json");
        Assert.False(OpenApi.IsValid("ChatResult", JsonElement.Parse(basic.Replace("\"system_fingerprint\"", "\"fingerprint\"", StringComparison.Ordinal))));
        Assert.False(OpenApi.IsValid("ChatResult", JsonElement.Parse(basic.Replace("\"role\": \"assistant\"", "\"role\": \"wizard\"", StringComparison.Ordinal))));
        Assert.False(OpenApi.IsValid("ChatStreamChunk", JsonElement.Parse(
            """{"id":"g","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{}}]}""")));
    }

    [Fact]
    public void Max_price_numbers_do_not_match_the_schema_which_is_why_the_client_sends_strings()
    {
        Assert.False(OpenApi.IsValid("ChatRequest", JsonElement.Parse("""{"messages":[{"role":"user","content":"x"}],"provider":{"max_price":{"prompt":1}}}""")));
        Assert.True(OpenApi.IsValid("ChatRequest", JsonElement.Parse("""{"messages":[{"role":"user","content":"x"}],"provider":{"max_price":{"prompt":"1"}}}""")));
    }

    [Fact]
    public async Task A_request_with_every_wire_field_validates_against_ChatRequest()
    {
        RecordedRequest request = await SendAsync(c => c.CreateChatCompletionAsync(WireRequestTests.EveryField()));

        OpenApi.AssertValid("ChatRequest", request.Json);
    }

    [Fact]
    public async Task A_mapped_neutral_request_validates_against_ChatRequest()
    {
        RecordedRequest request = await SendAsync(c => c.CompleteAsync(ChatModelRequestTests.TravelRequest()));

        OpenApi.AssertValid("ChatRequest", request.Json);
    }

    [Fact]
    public async Task A_streaming_request_validates_against_ChatRequest()
    {
        var handler = new StubHandler().RespondSse(Payloads.Read("stream-usage-on-finish.sse"));
        using OpenRouterClient client = TestClients.Create(handler);

        await foreach (ChatStreamUpdate _ in client.StreamAsync(ChatModelRequestTests.TravelRequest()))
        {
        }

        Assert.True(handler.SingleRequest.Json.GetProperty("stream").GetBoolean());
        OpenApi.AssertValid("ChatRequest", handler.SingleRequest.Json);
    }

    [Fact]
    public async Task Minimal_and_tool_only_requests_validate_against_ChatRequest()
    {
        RecordedRequest minimal = await SendAsync(c => c.CompleteAsync(new ChatRequest { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Hi")] }));
        RecordedRequest toolTurn = await SendAsync(c => c.CompleteAsync(new ChatRequest
        {
            Model = "openai/gpt-4o",
            Messages =
            [
                ChatMessage.User("Weather?"),
                ChatMessage.Assistant(null, [new ToolCall("c1", "get_forecast", "")]),
                ChatMessage.Tool("c1", "sunny"),
            ],
            ToolChoice = ChatToolChoice.None,
        }));

        OpenApi.AssertValid("ChatRequest", minimal.Json);
        OpenApi.AssertValid("ChatRequest", toolTurn.Json);
    }

    [Theory]
    [MemberData(nameof(ChatResults))]
    public void Recorded_completions_validate_against_ChatResult(string payload)
    {
        OpenApi.AssertValid("ChatResult", JsonElement.Parse(Payloads.Read(payload)));
    }

    [Theory]
    [MemberData(nameof(ChatResults))]
    public async Task The_client_reads_every_recorded_completion(string payload)
    {
        var handler = new StubHandler().RespondJson(Payloads.Read(payload));
        using OpenRouterClient client = TestClients.Create(handler);
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Hi")] };
        JsonElement expected = JsonElement.Parse(Payloads.Read(payload));

        // The error and empty-choice payloads are valid ChatResults that the client must turn into exceptions.
        if (payload is "chat-choice-error.json" or "chat-empty-choices.json")
        {
            await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(request));
            return;
        }

        ChatCompletion completion = await client.CreateChatCompletionAsync(request);
        Assert.Equal(expected.GetProperty("id").GetString(), completion.Id);
        Assert.Equal(expected.GetProperty("model").GetString(), completion.Model);
        Assert.Equal(expected.GetProperty("usage").GetProperty("cost").GetDecimal(), completion.Usage!.Cost);
        Assert.Equal(expected.GetProperty("choices")[0].GetProperty("finish_reason").GetString(), completion.Choices![0].FinishReason);
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Recorded_stream_events_validate_against_ChatStreamChunk(string payload)
    {
        List<JsonElement> events = [.. Events(Payloads.Read(payload))];

        Assert.NotEmpty(events);
        Assert.All(events, e => OpenApi.AssertValid("ChatStreamChunk", e));
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void The_reader_yields_one_chunk_per_valid_event(string payload)
    {
        byte[] sse = Payloads.ReadBytes(payload);
        int events = Events(Payloads.Read(payload)).Count();
        var chunks = new List<ChatCompletionChunk>();

        try
        {
            chunks.AddRange(OpenRouterStreamReader.ReadChunks(sse));
        }
        catch (OpenRouterException)
        {
            // Error streams end in an exception instead of their last (error) event.
            Assert.Equal(events - 1, chunks.Count);
            return;
        }

        Assert.Equal(events, chunks.Count);
    }

    [Fact]
    public void The_documented_string_error_code_contradicts_the_chunk_schema()
    {
        JsonElement errorEvent = Events(Payloads.Read("stream-mid-error-string-code.sse")).Last();

        // OpenRouter's error docs show "code": "server_error"; its OpenAPI says an integer. The client accepts both.
        Assert.False(OpenApi.IsValid("ChatStreamChunk", errorEvent));
        Assert.True(OpenApi.IsValid("ChatStreamChunk", JsonElement.Parse(errorEvent.GetRawText().Replace("\"server_error\"", "500", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("key.json", "/key")]
    [InlineData("credits.json", "/credits")]
    [InlineData("model-endpoints.json", "/models/{author}/{slug}/endpoints")]
    [InlineData("generation.json", "/generation")]
    public void Recorded_endpoint_answers_validate_against_their_path_schemas(string payload, string path)
    {
        OpenApi.AssertValidResponse(path, JsonElement.Parse(Payloads.Read(payload)));
    }

    [Theory]
    [InlineData(400, "BadRequestResponse")]
    [InlineData(401, "UnauthorizedResponse")]
    [InlineData(402, "PaymentRequiredResponse")]
    [InlineData(429, "TooManyRequestsResponse")]
    [InlineData(502, "BadGatewayResponse")]
    public async Task Error_bodies_in_the_documented_shape_are_read(int status, string schema)
    {
        string body = """{"error":{"code":STATUS,"message":"documented shape","metadata":{"provider_name":"OpenAI"}},"user_id":"user_1"}"""
            .Replace("STATUS", status.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        OpenApi.AssertValid(schema, JsonElement.Parse(body));
        using OpenRouterClient client = TestClients.Create(new StubHandler().Respond((System.Net.HttpStatusCode)status, body));

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.GetCreditsAsync());

        Assert.Equal("documented shape", error.ErrorMessage);
        Assert.Equal("OpenAI", error.Provider);
    }
}
