using System.Text;

namespace ToolKit.Emulator.Tests.Support;

/// <summary>
/// Renders what a client receives (status, the headers that matter, the exact body bytes, an aborted connection)
/// as text, and compares it with a golden file under Wire/. With the environment variable
/// <c>TOOLKIT_UPDATE_WIRE</c> set to the source Wire folder, the files are rewritten instead (review the diff).
/// </summary>
public static class Wire
{
    private static readonly string[] Headers = ["Content-Type", "Content-Length", "Cache-Control", "Retry-After", "X-Generation-Id"];

    public static async Task<string> RenderAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellation)
    {
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (HttpRequestException)
        {
            return "<connection aborted before any response>\n";
        }

        using (response)
        {
            var text = new StringBuilder();
            text.Append("HTTP ").Append((int)response.StatusCode).Append('\n');
            foreach (var name in Headers)
            {
                if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
                {
                    text.Append(name).Append(": ").Append(string.Join(", ", values)).Append('\n');
                }
            }

            text.Append('\n');
            var body = new MemoryStream();
            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
                await stream.CopyToAsync(body, cancellation);
                text.Append(Encoding.UTF8.GetString(body.ToArray()));
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                text.Append(Encoding.UTF8.GetString(body.ToArray())).Append("<connection aborted>\n");
            }

            return text.ToString();
        }
    }

    /// <summary>Asserts the rendering equals Wire/{name}.txt.</summary>
    public static void Matches(string name, string actual)
    {
        var file = name + ".txt";
        if (Environment.GetEnvironmentVariable("TOOLKIT_UPDATE_WIRE") is { Length: > 0 } folder)
        {
            File.WriteAllText(Path.Combine(folder, file), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Wire", file));
        Assert.Equal(expected, actual);
    }

    /// <summary>A file-name-safe form of a fault spec ("503;times=2" → "503_times-2").</summary>
    public static string Name(string spec) => spec.Replace(';', '_').Replace('=', '-').Replace('/', '-');
}
