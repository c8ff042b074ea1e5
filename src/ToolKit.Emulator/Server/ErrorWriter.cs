using Microsoft.AspNetCore.Http;
using ToolKit.Emulator.Chat;

namespace ToolKit.Emulator.Server;

/// <summary>Writes OpenRouter's error shape: <c>{"error":{"code":N,"message":"…","metadata":{…}}}</c>.</summary>
internal static class ErrorWriter
{
    public static Task WriteAsync(HttpContext context, int status, string message, CancellationToken cancellation) =>
        WriteAsync(context, new EmulatorHttpException(status, message), cancellation);

    public static async Task WriteAsync(HttpContext context, EmulatorHttpException error, CancellationToken cancellation)
    {
        var body = EmulatorJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteNumber("code", error.Status);
            w.WriteString("message", error.Message);
            if (error.Metadata is not null)
            {
                w.WriteStartObject("metadata");
                foreach (var (key, value) in error.Metadata)
                {
                    w.WritePropertyName(key);
                    EmulatorJson.WriteValue(w, value);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
        await JsonResponse.WriteAsync(context, error.Status, body, cancellation, error.Headers);
    }
}
