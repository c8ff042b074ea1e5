using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>
/// An in-process <see cref="HttpMessageHandler"/>: records every request (method, URI, headers, body) and answers
/// from a queue of scripted responses, in order.
/// </summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _responders = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly object _gate = new();

    /// <summary>The requests received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The single request received; fails when there were more or none.</summary>
    public RecordedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Queues a response with a body.</summary>
    public StubHandler Respond(HttpStatusCode status, string body, string mediaType = "application/json", Action<HttpResponseMessage>? configure = null) =>
        Respond((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });

    /// <summary>Queues a 200 JSON response.</summary>
    public StubHandler RespondJson(string json, Action<HttpResponseMessage>? configure = null) => Respond(HttpStatusCode.OK, json, "application/json", configure);

    /// <summary>Queues a 200 server-sent-events response.</summary>
    public StubHandler RespondSse(string sse, Action<HttpResponseMessage>? configure = null) => Respond(HttpStatusCode.OK, sse, "text/event-stream", configure);

    /// <summary>Queues a response with a custom body stream.</summary>
    public StubHandler RespondStream(Stream body, string mediaType = "text/event-stream") =>
        Respond((_, _) =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });

    /// <summary>Queues a transport failure.</summary>
    public StubHandler Throw(Exception exception) => Respond((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Queues a custom responder.</summary>
    public StubHandler Respond(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        lock (_gate)
        {
            _responders.Enqueue(responder);
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            headers[header.Key] = [.. header.Value];
        }

        if (request.Content is not null)
        {
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Content.Headers)
            {
                headers[header.Key] = [.. header.Value];
            }
        }

        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, body));
            if (!_responders.TryDequeue(out responder!))
            {
                throw new InvalidOperationException($"No response scripted for request #{_requests.Count}: {request.Method} {request.RequestUri}");
            }
        }

        HttpResponseMessage response = await responder(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
