using System.Net;
using System.Net.Http.Headers;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>Every failure of DESIGN §6, in each of the three error shapes, mapped to its <see cref="FailureKind"/>.</summary>
public sealed class ErrorMappingTests
{
    private static ChatCompletionRequest Ask(string model = "openai/gpt-4o") =>
        new() { Model = model, Messages = [ChatCompletionMessage.CreateUser("Hi")] };

    private static async Task<OpenRouterException> FailAsync(StubHandler handler, Action<OpenRouterOptions>? configure = null, string model = "openai/gpt-4o")
    {
        using OpenRouterClient client = TestClients.Create(handler, configure);
        return await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Ask(model)));
    }

    public static TheoryData<int, string, FailureKind> HttpErrors => new()
    {
        { 400, """{"error":{"code":400,"message":"Input required: specify \"prompt\" or \"messages\""}}""", FailureKind.BadRequest },
        { 400, """{"error":{"code":400,"message":"This endpoint's maximum context length is 128000 tokens. However, you requested about 213544 tokens (213544 of text input). Please reduce the length of either one, or use the \"middle-out\" transform to compress your prompt automatically."}}""", FailureKind.ContextTooLong },
        { 400, """{"error":{"code":400,"message":"google/gemini-pro-1.5 is not a valid model ID"}}""", FailureKind.ModelNotFound },
        { 401, """{"error":{"code":401,"message":"No auth credentials found"}}""", FailureKind.Unauthorized },
        { 402, """{"error":{"code":402,"message":"This request requires more credits, or fewer max_tokens. You requested up to 16384 tokens, but can only afford 1201."}}""", FailureKind.InsufficientCredits },
        { 403, """{"error":{"code":403,"message":"openai/gpt-4o requires moderation on OpenAI. Your input was flagged for \"harassment\". No credits were charged.","metadata":{"reasons":["harassment"],"flagged_input":"you are a...","provider_name":"OpenAI","model_slug":"openai/gpt-4o"}}}""", FailureKind.ContentFiltered },
        { 403, """{"error":{"code":403,"message":"Key limit exceeded. Manage it using https://openrouter.ai/settings/keys"}}""", FailureKind.Unauthorized },
        { 404, """{"error":{"code":404,"message":"No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing"}}""", FailureKind.ToolsUnsupported },
        { 404, """{"error":{"code":404,"message":"No endpoints found that support the provided 'tool_choice' value."}}""", FailureKind.ToolsUnsupported },
        { 404, """{"error":{"code":404,"message":"Model openai/gpt-7 not found"}}""", FailureKind.ModelNotFound },
        { 408, """{"error":{"code":408,"message":"Request timed out"}}""", FailureKind.Timeout },
        { 413, """{"error":{"code":413,"message":"Request entity too large"}}""", FailureKind.BadRequest },
        { 422, """{"error":{"code":422,"message":"Unprocessable entity: tools[0].function.name is invalid"}}""", FailureKind.BadRequest },
        { 429, """{"error":{"code":429,"message":"Rate limit exceeded: free-models-per-min."}}""", FailureKind.RateLimited },
        { 500, """{"error":{"code":500,"message":"Internal Server Error"}}""", FailureKind.ProviderError },
        { 502, """{"error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"Anthropic","raw":"{\"type\":\"error\",\"error\":{\"type\":\"api_error\"}}"}}}""", FailureKind.Overloaded },
        { 503, """{"error":{"code":503,"message":"No available model provider that meets your routing requirements"}}""", FailureKind.Overloaded },
        { 524, """{"error":{"code":524,"message":"A timeout occurred"}}""", FailureKind.ProviderError },
        { 529, """{"error":{"code":529,"message":"Provider returned error","metadata":{"provider_name":"Anthropic","raw":"overloaded_error"}}}""", FailureKind.Overloaded },
    };

    [Theory]
    [MemberData(nameof(HttpErrors))]
    public async Task An_http_error_status_maps_to_its_failure_kind(int status, string body, FailureKind expected)
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond((HttpStatusCode)status, body));

        Assert.Equal(expected, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.ErrorCode);
        Assert.NotNull(error.ErrorMessage);
        Assert.Contains(error.ErrorMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal("openai/gpt-4o", error.Model);
        Assert.IsAssignableFrom<ChatModelException>(error);
    }

    [Fact]
    public async Task Moderation_errors_expose_reasons_flagged_input_and_provider()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond(HttpStatusCode.Forbidden,
            """{"error":{"code":403,"message":"Your input was flagged","metadata":{"reasons":["harassment","violence"],"flagged_input":"you are a...","provider_name":"OpenAI"}}}"""));

        Assert.Equal(FailureKind.ContentFiltered, error.Kind);
        Assert.Equal(["harassment", "violence"], error.Reasons!);
        Assert.Equal("you are a...", error.FlaggedInput);
        Assert.Equal("OpenAI", error.Provider);
    }

    [Fact]
    public async Task Provider_errors_expose_the_provider_and_its_raw_error()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond(HttpStatusCode.BadGateway,
            """{"error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"Anthropic","raw":{"type":"error","error":{"type":"overloaded_error"}}}},"user_id":"user_123"}"""));

        Assert.Equal("Anthropic", error.Provider);
        Assert.Equal("""{"type":"error","error":{"type":"overloaded_error"}}""", error.Raw);
        Assert.Contains("provider Anthropic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_string_error_code_is_kept_as_text()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond(HttpStatusCode.TooManyRequests,
            """{"error":{"code":"rate_limit_exceeded","message":"Slow down","metadata":{"error_type":"rate_limit_exceeded"}}}"""));

        Assert.Equal(FailureKind.RateLimited, error.Kind);
        Assert.Equal("rate_limit_exceeded", error.ErrorCode);
        Assert.Equal("rate_limit_exceeded", error.ErrorType);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_read()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond(HttpStatusCode.TooManyRequests,
            """{"error":{"code":429,"message":"Rate limit exceeded"}}""",
            configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_measured_from_the_clock()
    {
        var time = new ManualTimeProvider();
        DateTimeOffset retryAt = time.GetUtcNow().AddSeconds(90);

        OpenRouterException error = await FailAsync(
            new StubHandler().Respond(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"Overloaded"}}""",
                configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(retryAt)),
            o => o.TimeProvider = time);

        Assert.Equal(FailureKind.Overloaded, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(90), error.RetryAfter);
    }

    [Fact]
    public async Task The_generation_id_header_is_kept()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond(HttpStatusCode.InternalServerError,
            """{"error":{"code":500,"message":"boom"}}""",
            configure: r => r.Headers.Add("X-Generation-Id", "gen-from-header")));

        Assert.Equal("gen-from-header", error.GenerationId);
        Assert.Contains("generation gen-from-header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_status_with_an_html_body_is_classified_by_status()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond(HttpStatusCode.BadGateway,
            "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"));

        Assert.Equal(FailureKind.Overloaded, error.Kind);
        Assert.Null(error.ErrorCode);
        Assert.Contains("502 Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_with_choices_0_error_is_an_in_band_failure()
    {
        OpenRouterException error = await FailAsync(new StubHandler().RespondJson(Payloads.Read("chat-choice-error.json")));

        Assert.Equal(FailureKind.Overloaded, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("502", error.ErrorCode);
        Assert.Equal("Upstream provider returned an error", error.ErrorMessage);
        Assert.Equal("OpenAI", error.Provider);
        Assert.Contains("The server had an error", error.Raw, StringComparison.Ordinal);
        Assert.Equal("gen-1764670300-ChoiceError", error.GenerationId);
    }

    [Fact]
    public async Task A_200_with_finish_reason_error_and_no_error_object_is_a_provider_error()
    {
        string body = Payloads.Read("chat-basic.json").Replace("\"finish_reason\": \"stop\"", "\"finish_reason\": \"error\"", StringComparison.Ordinal);

        OpenRouterException error = await FailAsync(new StubHandler().RespondJson(body));

        Assert.Equal(FailureKind.ProviderError, error.Kind);
    }

    [Fact]
    public async Task A_200_whose_body_is_only_an_error_object_is_an_in_band_failure()
    {
        OpenRouterException error = await FailAsync(new StubHandler().RespondJson(
            """{"error":{"code":"context_length_exceeded","message":"Too long","metadata":{"error_type":"context_length_exceeded"}}}"""));

        Assert.Equal(FailureKind.ContextTooLong, error.Kind);
    }

    [Fact]
    public async Task Empty_choices_are_an_invalid_response()
    {
        OpenRouterException error = await FailAsync(new StubHandler().RespondJson(Payloads.Read("chat-empty-choices.json")));

        Assert.Equal(FailureKind.InvalidResponse, error.Kind);
        Assert.Equal("gen-1764670400-NoChoices", error.GenerationId);
    }

    [Theory]
    [InlineData("<html>Gateway</html>")]
    [InlineData("{\"id\":\"gen-1\",\"choices\":[{")]
    [InlineData("null")]
    public async Task An_unparseable_200_body_is_an_invalid_response(string body)
    {
        OpenRouterException error = await FailAsync(new StubHandler().Respond(HttpStatusCode.OK, body, "application/json"));

        Assert.Equal(FailureKind.InvalidResponse, error.Kind);
    }

    [Fact]
    public async Task A_refused_connection_is_a_network_error()
    {
        var cause = new HttpRequestException("Connection refused (127.0.0.1:9)");

        OpenRouterException error = await FailAsync(new StubHandler().Throw(cause));

        Assert.Equal(FailureKind.NetworkError, error.Kind);
        Assert.Same(cause, error.InnerException);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_reset_while_reading_is_a_network_error()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Throw(new IOException("Connection reset by peer")));

        Assert.Equal(FailureKind.NetworkError, error.Kind);
    }

    [Fact]
    public async Task The_client_deadline_is_a_timeout()
    {
        var time = new ManualTimeProvider();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new StubHandler().Respond(async (_, cancellationToken) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        using OpenRouterClient client = TestClients.Create(handler, o => { o.TimeProvider = time; o.Timeout = TimeSpan.FromSeconds(20); });

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Ask());
        await arrived.Task;
        time.Advance(TimeSpan.FromSeconds(20));

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => call);
        Assert.Equal(FailureKind.Timeout, error.Kind);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task An_injected_HttpClient_timeout_is_a_timeout()
    {
        OpenRouterException error = await FailAsync(new StubHandler().Throw(
            new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException())));

        Assert.Equal(FailureKind.Timeout, error.Kind);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_wrapped()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new StubHandler().Respond(async (_, cancellationToken) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        using OpenRouterClient client = TestClients.Create(handler);
        using var cancellation = new CancellationTokenSource();

        Task<ChatCompletion> call = client.CreateChatCompletionAsync(Ask(), cancellation.Token);
        await arrived.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task The_neutral_interface_throws_the_same_classified_exception()
    {
        var handler = new StubHandler().Respond(HttpStatusCode.PaymentRequired, """{"error":{"code":402,"message":"Insufficient credits"}}""");
        using OpenRouterClient client = TestClients.Create(handler);
        IChatModel model = client;

        ChatModelException error = await Assert.ThrowsAnyAsync<ChatModelException>(
            () => model.CompleteAsync(new ChatRequest { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Hi")] }));

        Assert.Equal(FailureKind.InsufficientCredits, error.Kind);
        Assert.Equal(402, error.StatusCode);
    }
}
