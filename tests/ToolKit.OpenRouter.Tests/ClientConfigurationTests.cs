using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

// Tests here touch the OPENROUTER_API_KEY environment variable; xunit runs a class's tests one at a time, and no other
// class relies on the variable (they all set ApiKey).
public sealed class ClientConfigurationTests
{
    private static ChatCompletionRequest Hello() => new()
    {
        Model = "openai/gpt-4o",
        Messages = [ChatCompletionMessage.CreateUser("Hi")],
    };

    [Fact]
    public async Task A_completion_sends_exactly_the_auth_attribution_and_content_headers()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler);

        await client.CreateChatCompletionAsync(Hello());

        RecordedRequest request = handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://127.0.0.1:9/api/v1/chat/completions", request.Uri.AbsoluteUri);
        Assert.Equal(
            ["Accept", "Authorization", "Content-Length", "Content-Type", "HTTP-Referer", "User-Agent", "X-OpenRouter-Title", "X-Title"],
            request.Headers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Bearer " + TestClients.ApiKey, request.Header("Authorization"));
        Assert.Equal("https://toolkit.example/tests", request.Header("HTTP-Referer"));
        Assert.Equal("ToolKit Tests", request.Header("X-OpenRouter-Title"));
        Assert.Equal("ToolKit Tests", request.Header("X-Title"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal(request.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header("Content-Length"));
        Assert.StartsWith("ToolKit.OpenRouter/", request.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_asks_for_server_sent_events()
    {
        var handler = new StubHandler().RespondSse(Payloads.Read("stream-usage-on-finish.sse"));
        using OpenRouterClient client = TestClients.Create(handler);

        await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Hello()))
        {
        }

        Assert.Equal("text/event-stream", handler.SingleRequest.Header("Accept"));
        Assert.Equal("Bearer " + TestClients.ApiKey, handler.SingleRequest.Header("Authorization"));
    }

    [Fact]
    public async Task Attribution_headers_are_left_out_when_not_configured()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using OpenRouterClient client = TestClients.Create(handler, o => { o.AppName = null; o.AppUrl = " "; });

        await client.CreateChatCompletionAsync(Hello());

        Assert.DoesNotContain("HTTP-Referer", handler.SingleRequest.Headers.Keys);
        Assert.DoesNotContain("X-OpenRouter-Title", handler.SingleRequest.Headers.Keys);
        Assert.DoesNotContain("X-Title", handler.SingleRequest.Headers.Keys);
    }

    [Fact]
    public async Task The_key_comes_from_OPENROUTER_API_KEY_when_options_have_none()
    {
        string? previous = Environment.GetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable, "sk-or-from-environment");
        try
        {
            var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
            using OpenRouterClient client = TestClients.Create(handler, o => o.ApiKey = null);

            await client.CreateChatCompletionAsync(Hello());

            Assert.Equal("Bearer sk-or-from-environment", handler.SingleRequest.Header("Authorization"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable, previous);
        }
    }

    [Fact]
    public async Task The_options_key_wins_over_the_environment()
    {
        string? previous = Environment.GetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable, "sk-or-from-environment");
        try
        {
            var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
            using OpenRouterClient client = TestClients.Create(handler);

            await client.CreateChatCompletionAsync(Hello());

            Assert.Equal("Bearer " + TestClients.ApiKey, handler.SingleRequest.Header("Authorization"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable, previous);
        }
    }

    [Fact]
    public async Task Without_any_key_no_authorization_header_is_sent()
    {
        string? previous = Environment.GetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable, null);
        try
        {
            var handler = new StubHandler().RespondJson(Payloads.Read("credits.json"));
            using OpenRouterClient client = TestClients.Create(handler, o => o.ApiKey = null);

            await client.GetCreditsAsync();

            Assert.DoesNotContain("Authorization", handler.SingleRequest.Headers.Keys);
        }
        finally
        {
            Environment.SetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable, previous);
        }
    }

    [Fact]
    public void The_design_example_constructs_a_client_for_the_public_api()
    {
        const string key = "sk-or-v1-design";
        using var client = new OpenRouterClient(new OpenRouterOptions { ApiKey = key, AppName = "My App", AppUrl = "https://example.com" });

        Assert.Equal("https://openrouter.ai/api/v1/", client.BaseUri.AbsoluteUri);
        Assert.IsAssignableFrom<IChatModel>(client);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/api/v1")]
    [InlineData("http://127.0.0.1:9/api/v1/")]
    public async Task Paths_are_appended_to_the_base_uri_with_or_without_a_trailing_slash(string baseUri)
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("credits.json"));
        using OpenRouterClient client = TestClients.Create(handler, o => o.BaseUri = new Uri(baseUri));

        await client.GetCreditsAsync();

        Assert.Equal("http://127.0.0.1:9/api/v1/credits", handler.SingleRequest.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Disposing_the_client_leaves_an_injected_HttpClient_usable()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("credits.json")).RespondJson(Payloads.Read("credits.json"));
        using var httpClient = new HttpClient(handler);
        var options = new OpenRouterOptions { ApiKey = TestClients.ApiKey, BaseUri = TestClients.BaseUri };

        using (var first = new OpenRouterClient(httpClient, options))
        {
            await first.GetCreditsAsync();
        }

        using var second = new OpenRouterClient(httpClient, options);
        CreditsInfo credits = await second.GetCreditsAsync();

        Assert.Equal(50m, credits.TotalCredits);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public void Invalid_options_are_rejected_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterOptions { BaseUri = new Uri("/relative", UriKind.Relative) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenRouterClient(new OpenRouterOptions { Timeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenRouterClient(new OpenRouterOptions { GenerationNotFoundRetries = -1 }));
        Assert.Throws<ArgumentNullException>(() => new OpenRouterClient(null!, new OpenRouterOptions()));
    }

    [Fact]
    public async Task Asking_CreateChatCompletionAsync_to_stream_is_an_argument_error()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());
        ChatCompletionRequest request = Hello();
        request.Stream = true;

        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateChatCompletionAsync(request));
    }

    [Fact]
    public void Attribution_values_must_be_printable_ascii_because_they_are_headers()
    {
        Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterOptions { ApiKey = TestClients.ApiKey, AppName = "Café Planner" }));
        Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterOptions { ApiKey = TestClients.ApiKey, AppUrl = "https://example.com/\n" }));
    }

    [Fact]
    public async Task A_key_with_surrounding_whitespace_is_trimmed_and_a_key_that_cannot_be_a_header_is_refused_without_showing_it()
    {
        var handler = new StubHandler().RespondJson(Payloads.Read("chat-basic.json"));
        using (OpenRouterClient client = TestClients.Create(handler, o => o.ApiKey = "  " + TestClients.ApiKey + "\r\n"))
        {
            await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Hi")] });
        }

        Assert.Equal("Bearer " + TestClients.ApiKey, handler.SingleRequest.Header("Authorization"));
        foreach (string bad in new[] { "sk-or-v1-sécret", "sk-or-v1-se\ncret" })
        {
            ArgumentException error = Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterOptions { ApiKey = bad }));
            Assert.DoesNotContain("cret", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_null_stream_request_fails_at_the_call_not_at_enumeration()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler());

        Assert.Throws<ArgumentNullException>(() => client.StreamChatCompletionAsync(null!));
        Assert.Throws<ArgumentNullException>(() => client.StreamAsync(null!));
    }
}
