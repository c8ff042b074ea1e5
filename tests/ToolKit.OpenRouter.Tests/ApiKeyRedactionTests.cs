using System.Net;
using System.Text.Json;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Tests.Infrastructure;

namespace ToolKit.OpenRouter.Tests;

/// <summary>The API key must never show up in exception text, metadata, or any ToString.</summary>
public sealed class ApiKeyRedactionTests
{
    private const string Key = TestClients.ApiKey;

    /// <summary>The template with KEY replaced by the API key.</summary>
    private static string WithKey(string template) => template.Replace("KEY", Key, StringComparison.Ordinal);

    private static ChatCompletionRequest Ask() => new() { Model = "openai/gpt-4o", Messages = [ChatCompletionMessage.CreateUser("Hi")] };

    /// <summary>Everything an exception exposes as text, including inner exceptions and metadata.</summary>
    private static string AllText(OpenRouterException error) => string.Join("\n",
        error.ToString(),
        error.Message,
        error.ErrorMessage,
        error.ErrorCode,
        error.Raw,
        error.FlaggedInput,
        string.Join(",", error.Reasons ?? []),
        string.Join(",", (error.Metadata ?? new Dictionary<string, JsonElement>()).Select(m => m.Key + "=" + m.Value.GetRawText())),
        error.InnerException?.ToString());

    public static TheoryData<string, Func<StubHandler>> Failures => new()
    {
        { "401 echoing the key", () => new StubHandler().Respond(HttpStatusCode.Unauthorized, WithKey("""{"error":{"code":401,"message":"Invalid key KEY","metadata":{"raw":"Bearer KEY","key":"KEY"}}}""")) },
        { "unparseable 500 echoing the key", () => new StubHandler().Respond(HttpStatusCode.InternalServerError, $"<html>Authorization: Bearer {Key}</html>", "text/html") },
        { "moderation echoing the key", () => new StubHandler().Respond(HttpStatusCode.Forbidden, WithKey("""{"error":{"code":403,"message":"flagged","metadata":{"reasons":["KEY"],"flagged_input":"my key is KEY"}}}""")) },
        { "in-band error echoing the key", () => new StubHandler().RespondJson(Payloads.Read("chat-choice-error.json").Replace("Upstream provider returned an error", "bad key " + Key, StringComparison.Ordinal)) },
        { "network error echoing the key", () => new StubHandler().Throw(new HttpRequestException($"refused for Bearer {Key}")) },
        { "invalid json", () => new StubHandler().Respond(HttpStatusCode.OK, $"{{\"id\": {Key}", "application/json") },
        { "timeout-like cancellation", () => new StubHandler().Throw(new TaskCanceledException("timed out", new TimeoutException())) },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task No_failure_exposes_the_key(string scenario, Func<StubHandler> handler)
    {
        using OpenRouterClient client = TestClients.Create(handler());

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Ask()));

        string text = AllText(error);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(scenario));
    }

    [Fact]
    public async Task Echoed_keys_are_replaced_with_a_marker_and_the_rest_is_kept()
    {
        using OpenRouterClient client = TestClients.Create(new StubHandler().Respond(HttpStatusCode.Unauthorized,
            WithKey("""{"error":{"code":401,"message":"Invalid key KEY","metadata":{"raw":"Bearer KEY"}}}""")));

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Ask()));

        Assert.Equal("Invalid key [REDACTED]", error.ErrorMessage);
        Assert.Equal("Bearer [REDACTED]", error.Raw);
    }

    [Fact]
    public async Task A_mid_stream_error_echoing_the_key_is_redacted()
    {
        string sse = Payloads.Read("stream-mid-error.sse").Replace("Provider disconnected unexpectedly", "rejected " + Key, StringComparison.Ordinal);
        using OpenRouterClient client = TestClients.Create(new StubHandler().RespondSse(sse));

        OpenRouterException error = await Assert.ThrowsAsync<OpenRouterException>(async () =>
        {
            await foreach (ChatCompletionChunk _ in client.StreamChatCompletionAsync(Ask()))
            {
            }
        });

        Assert.DoesNotContain(Key, AllText(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_the_client_nor_its_options_print_the_key()
    {
        var options = new OpenRouterOptions { ApiKey = Key };
        using var client = new OpenRouterClient(options);

        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, client.ToString(), StringComparison.Ordinal);
    }
}
