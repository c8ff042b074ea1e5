using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ToolKit.Chat;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter;

/// <summary>
/// A client for the OpenRouter API (<c>https://openrouter.ai/api/v1</c>): chat completions with and without
/// streaming, the model catalog, key and credit info, and generation stats. It implements <see cref="IChatModel"/>,
/// so the ToolKit agent can use it directly. Thread-safe; create one and reuse it.
/// </summary>
/// <remarks>
/// Every failure is an <see cref="OpenRouterException"/> whose <see cref="ChatModelException.Kind"/> says what to do
/// about it. Cancelling a call's token throws <see cref="OperationCanceledException"/> as usual. The client does not
/// retry (the agent decides), except for the brief 404 of <see cref="GetGenerationAsync"/>.
/// </remarks>
public partial class OpenRouterClient : IChatModel, IDisposable
{
    private const string UserAgentProduct = "ToolKit.OpenRouter";
    private const string JsonMediaType = "application/json";
    private const string EventStreamMediaType = "text/event-stream";
    private static readonly string UserAgent =
        new ProductInfoHeaderValue(UserAgentProduct, typeof(OpenRouterClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0").ToString();

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly string? _apiKey;
    private readonly string? _authorization;
    private readonly Uri _baseUri;
    private readonly Uri _chatCompletionsUri;
    private readonly string? _appUrl;
    private readonly string? _appName;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _timeProvider;
    private readonly int _generationNotFoundRetries;
    private readonly JsonBodyParser<ChatCompletion> _readCompletion = new ChatCompletionReader().Read;
    private readonly TimeSpan _generationNotFoundDelay;

    /// <summary>Creates a client with its own <see cref="HttpClient"/>.</summary>
    /// <param name="options">The API key (or <c>OPENROUTER_API_KEY</c>), base URI, attribution and timeouts.</param>
    public OpenRouterClient(OpenRouterOptions options)
        : this(options, httpClient: null)
    {
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> you own, for example one from <c>IHttpClientFactory</c>. The
    /// client sets its headers per request and never changes or disposes <paramref name="httpClient"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">Settings; null for the defaults (key from <c>OPENROUTER_API_KEY</c>).</param>
    public OpenRouterClient(HttpClient httpClient, OpenRouterOptions? options = null)
        : this(options ?? new OpenRouterOptions(), httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
    {
    }

    /// <summary>For mocking: a client with no connection. Override the virtual methods.</summary>
    protected OpenRouterClient()
    {
        _httpClient = null!;
        _baseUri = OpenRouterOptions.DefaultBaseUri;
        _chatCompletionsUri = new Uri(_baseUri, ChatCompletionsPath);
        _timeProvider = TimeProvider.System;
    }

    private OpenRouterClient(OpenRouterOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.BaseUri);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        if (!options.BaseUri.IsAbsoluteUri)
        {
            throw new ArgumentException("OpenRouterOptions.BaseUri must be an absolute URI.", nameof(options));
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "OpenRouterOptions.Timeout must be positive or infinite.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.GenerationNotFoundRetries, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.GenerationNotFoundDelay, TimeSpan.Zero, nameof(options));

        _apiKey = string.IsNullOrWhiteSpace(options.ApiKey)
            ? Environment.GetEnvironmentVariable(OpenRouterOptions.ApiKeyEnvironmentVariable)
            : options.ApiKey;
        if (string.IsNullOrWhiteSpace(_apiKey))
        {
            // No key: calls go out unauthenticated (the catalog works that way) and the rest fail as Unauthorized.
            _apiKey = null;
        }
        else
        {
            // A key read from a file or a secret store often ends with a newline; inside, only printable ASCII can
            // go into the header. The message never shows the key.
            _apiKey = _apiKey.Trim();
            if (!System.Text.Ascii.IsValid(_apiKey) || _apiKey.Any(char.IsControl))
            {
                throw new ArgumentException("The OpenRouter API key has characters that cannot go into an HTTP header (non-ASCII or control characters); check where it was read from.", nameof(options));
            }
        }

        // A trailing slash makes relative paths append to /api/v1 instead of replacing its last segment.
        string root = options.BaseUri.AbsoluteUri;
        _baseUri = new Uri(root.EndsWith('/') ? root : root + "/");
        _chatCompletionsUri = new Uri(_baseUri, ChatCompletionsPath);
        _authorization = _apiKey is null ? null : "Bearer " + _apiKey;
        _appUrl = HeaderValue(options.AppUrl, nameof(options.AppUrl));
        _appName = HeaderValue(options.AppName, nameof(options.AppName));
        _timeout = options.Timeout;
        _timeProvider = options.TimeProvider;
        _generationNotFoundRetries = options.GenerationNotFoundRetries;
        _generationNotFoundDelay = options.GenerationNotFoundDelay;
        _ownsHttpClient = httpClient is null;
        _httpClient = httpClient ?? new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            AutomaticDecompression = DecompressionMethods.All,

            // An abandoned stream never ends, so draining it for reuse would only hold the socket open
            // (for ResponseDrainTimeout, 2 s by default): close it at once instead.
            MaxResponseDrainSize = 0,

            // An API answers where it is asked; a redirect is reported (InvalidResponse, with its status) rather than
            // followed with the request body to another address.
            AllowAutoRedirect = false,
        })
        {
            // The client enforces OpenRouterOptions.Timeout itself, per call and per stream event.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The API root requests go to.</summary>
    public Uri BaseUri => _baseUri;

    /// <summary>Releases the <see cref="HttpClient"/> if this client created it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the <see cref="HttpClient"/> if this client created it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    // HTTP/1.1 header values must be ASCII; catching it here beats a confusing transport error on the first call.
    private static string? HeaderValue(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!System.Text.Ascii.IsValid(value) || value.Any(char.IsControl))
        {
            throw new ArgumentException($"OpenRouterOptions.{name} is sent as an HTTP header, so it must be printable ASCII.", "options");
        }

        return value;
    }

    private ErrorContext CreateErrorContext(string? model) => new(model, _apiKey, _timeProvider);

    private HttpRequestMessage CreateRequest(HttpMethod method, string relativePath, HttpContent? content, bool stream)
    {
        Uri uri = relativePath == ChatCompletionsPath ? _chatCompletionsUri : new Uri(_baseUri, relativePath);
        var request = new HttpRequestMessage(method, uri) { Content = content };

        // Prepared strings, added without parsing: the cheapest way to set headers, and the values are valid by construction.
        HttpRequestHeaders headers = request.Headers;
        if (_authorization is not null)
        {
            headers.TryAddWithoutValidation("Authorization", _authorization);
        }

        if (_appUrl is not null)
        {
            headers.TryAddWithoutValidation("HTTP-Referer", _appUrl);
        }

        if (_appName is not null)
        {
            // X-OpenRouter-Title is the current name; X-Title is the older one, still read by OpenRouter.
            headers.TryAddWithoutValidation("X-OpenRouter-Title", _appName);
            headers.TryAddWithoutValidation("X-Title", _appName);
        }

        headers.TryAddWithoutValidation("Accept", stream ? EventStreamMediaType : JsonMediaType);
        headers.TryAddWithoutValidation("User-Agent", UserAgent);
        return request;
    }

    /// <summary>Sends and returns a success response; an error status becomes an <see cref="OpenRouterException"/>.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, RequestDeadline deadline, ErrorContext context, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex, deadline, context, cancellationToken, null) is { } translated)
        {
            throw translated;
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string? body;
            try
            {
                body = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                // The status alone still classifies the failure.
                body = null;
            }
            catch (Exception ex) when (Translate(ex, deadline, context, cancellationToken, null) is { } translated)
            {
                throw translated;
            }

            throw ErrorFactory.FromHttpError(response, body, context);
        }
    }

    /// <summary>Sends a request and reads a JSON answer with the generated metadata, all within one deadline.</summary>
    private Task<T> SendJsonAsync<T>(HttpMethod method, string relativePath, HttpContent? content, JsonTypeInfo<T> typeInfo, ErrorContext context, CancellationToken cancellationToken)
        where T : class =>
        SendJsonAsync(method, relativePath, content, json => JsonSerializer.Deserialize(json, typeInfo), null, context, cancellationToken);

    /// <summary>
    /// Sends a request and reads a JSON answer with <paramref name="parse"/>, then <paramref name="check"/>s it (an
    /// <see cref="OpenRouterException"/> for an error inside a 200 answer), all within one deadline.
    /// </summary>
    private async Task<T> SendJsonAsync<T>(HttpMethod method, string relativePath, HttpContent? content, JsonBodyParser<T> parse, Action<T, ErrorContext>? check, ErrorContext context, CancellationToken cancellationToken)
        where T : class
    {
        using var deadline = new RequestDeadline(_timeout, _timeProvider, cancellationToken);
        using HttpRequestMessage request = CreateRequest(method, relativePath, content, stream: false);
        using HttpResponseMessage response = await SendAsync(request, deadline, context, cancellationToken).ConfigureAwait(false);
        T result;
        try
        {
            Stream body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                result = await ResponseBodyReader.ReadAsync(body, response.Content.Headers.ContentLength, parse, deadline.Token).ConfigureAwait(false)
                    ?? throw ErrorFactory.InvalidResponse("the body is JSON null", null, context, (int)response.StatusCode, ErrorFactory.GenerationId(response));
            }
        }

        // The generation id header is read only when there is an error to report.
        catch (Exception ex) when (Translate(ex, deadline, context, cancellationToken, ErrorFactory.GenerationId(response)) is { } translated)
        {
            throw translated;
        }

        check?.Invoke(result, context);
        return result;
    }

    /// <summary>
    /// Maps a transport, timeout or parse exception to an <see cref="OpenRouterException"/>; returns null for the
    /// caller's own cancellation and for exceptions that are already classified.
    /// </summary>
    private static OpenRouterException? Translate(Exception exception, RequestDeadline deadline, ErrorContext context, CancellationToken cancellationToken, string? generationId) =>
        exception switch
        {
            OpenRouterException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            OperationCanceledException when deadline.HasExpired => ErrorFactory.Timeout(deadline.Timeout, exception, context, generationId),
            // An injected HttpClient's own Timeout surfaces as a cancellation wrapping a TimeoutException.
            OperationCanceledException { InnerException: TimeoutException } => ErrorFactory.Timeout(deadline.Timeout, exception, context, generationId),
            HttpRequestException or IOException => ErrorFactory.Network("the connection failed", exception, context, generationId),
            JsonException => ErrorFactory.InvalidResponse("the body is not the expected JSON: " + exception.Message, exception, context, 200, generationId),
            _ => null,
        };
}
