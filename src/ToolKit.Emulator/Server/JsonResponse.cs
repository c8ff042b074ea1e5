using Microsoft.AspNetCore.Http;

namespace ToolKit.Emulator.Server;

/// <summary>Sends a complete JSON body with its length.</summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, int status, byte[] body, CancellationToken cancellation,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        await response.Body.WriteAsync(body, cancellation);
    }
}
