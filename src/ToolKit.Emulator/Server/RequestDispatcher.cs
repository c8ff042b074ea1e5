using System.Text;
using Microsoft.AspNetCore.Http;

namespace ToolKit.Emulator.Server;

/// <summary>
/// The one middleware: records the request, checks the bearer key where OpenRouter does, and routes
/// <c>/api/v1/…</c> paths to their endpoints. Unknown paths get OpenRouter-shaped 404s.
/// </summary>
internal sealed class RequestDispatcher(EmulatorState state)
{
    private const string Prefix = "/api/v1";

    private readonly ChatCompletionsEndpoint _chat = new(state);
    private readonly ModelsEndpoints _models = new(state);
    private readonly AccountEndpoints _account = new(state);
    private readonly GenerationEndpoint _generation = new(state);
    private readonly Lock _logGate = new();

    public async Task HandleAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, state.Stopping.Token);
        var cancellation = linked.Token;
        try
        {
            var body = await ReadBodyAsync(context.Request, cancellation);
            state.Record(new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                Encoding.UTF8.GetString(body)));
            await RouteAsync(context, body, cancellation);
        }
        catch (EmulatedConnectionDropException)
        {
            // Rethrown on purpose: Kestrel then ends the started response without its final chunk.
            Log(context);
            throw;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client went away (its timeout during a stall) or the emulator is stopping: nothing left to say.
            context.Abort();
        }
        catch (BadHttpRequestException e)
        {
            if (!context.Response.HasStarted)
            {
                await ErrorWriter.WriteAsync(context, e.StatusCode, e.Message, CancellationToken.None);
            }
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            // An emulator bug: say so in the error shape rather than send an empty 500.
            await ErrorWriter.WriteAsync(context, 500, $"Emulator internal error: {e.GetType().Name}: {e.Message}", CancellationToken.None);
        }

        Log(context);
    }

    private void Log(HttpContext context)
    {
        if (state.Options.Log is { } log)
        {
            lock (_logGate)
            {
                log.WriteLine($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} -> {context.Response.StatusCode}");
            }
        }
    }

    private async Task RouteAsync(HttpContext context, byte[] body, CancellationToken cancellation)
    {
        var path = (context.Request.Path.Value ?? "/").Replace("//", "/", StringComparison.Ordinal);
        if (!path.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            await ErrorWriter.WriteAsync(context, 404, "Not Found", cancellation);
            return;
        }

        var route = path[Prefix.Length..].TrimEnd('/');
        var method = context.Request.Method;
        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (route)
        {
            case "/chat/completions" when HttpMethods.IsPost(method):
                if (Authorize(context) is { } error)
                {
                    await ErrorWriter.WriteAsync(context, 401, error, cancellation);
                    return;
                }

                await _chat.HandleAsync(context, body, cancellation);
                return;
            case "/models" when HttpMethods.IsGet(method):
                await _models.ListAsync(context, cancellation);
                return;
            case "/models/count" when HttpMethods.IsGet(method):
                await _models.CountAsync(context, cancellation);
                return;
            case "/models/user" when HttpMethods.IsGet(method):
                // The account has no provider, privacy or guardrail settings here, so the user's list is the list.
                if (Authorize(context) is { } unknown)
                {
                    await ErrorWriter.WriteAsync(context, 401, unknown, cancellation);
                    return;
                }

                await _models.ListAsync(context, cancellation);
                return;
            case "/key" or "/auth/key" when HttpMethods.IsGet(method):
            case "/credits" when HttpMethods.IsGet(method):
            case "/generation" when HttpMethods.IsGet(method):
                if (Authorize(context) is { } denied)
                {
                    await ErrorWriter.WriteAsync(context, 401, denied, cancellation);
                    return;
                }

                await (route switch
                {
                    "/credits" => _account.CreditsAsync(context, cancellation),
                    "/generation" => _generation.GetAsync(context, cancellation),
                    _ => _account.KeyAsync(context, BearerKey(context)!, cancellation),
                });
                return;
            case "/chat/completions" or "/models" or "/models/count" or "/models/user" or "/key" or "/auth/key" or "/credits" or "/generation":
                await ErrorWriter.WriteAsync(context, 405, "Method Not Allowed", cancellation);
                return;
        }

        // /models/{author}/{slug}/endpoints; the slug may hold a ":variant".
        if (segments is ["models", var author, var slug, "endpoints"] && HttpMethods.IsGet(method))
        {
            await _models.EndpointsAsync(context, author, slug, cancellation);
            return;
        }

        await ErrorWriter.WriteAsync(context, 404, "Not Found", cancellation);
    }

    /// <summary>Null when the bearer key is accepted, else OpenRouter's 401 message.</summary>
    private string? Authorize(HttpContext context) =>
        BearerKey(context) switch
        {
            null => "No auth credentials found",
            var key when state.Options.ApiKeys.Contains(key) => null,
            _ => "User not found.",
        };

    private static string? BearerKey(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellation);
        return buffer.ToArray();
    }
}
