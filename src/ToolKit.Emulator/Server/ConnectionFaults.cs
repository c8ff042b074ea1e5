using Microsoft.AspNetCore.Http;

namespace ToolKit.Emulator.Server;

/// <summary>Drops a connection the way a failing network does.</summary>
internal static class ConnectionFaults
{
    /// <summary>
    /// Before any response byte: an abort, so the client's send fails. Mid-stream: an exception escapes to Kestrel,
    /// which can no longer change the response and so closes the connection without the final chunk, after sending
    /// what was already flushed; the client reads those bytes and then meets a premature end. (Aborting here instead
    /// would reset the socket, and a reset can make the client's kernel drop bytes it had not read yet.)
    /// </summary>
    public static Task DropAsync(HttpContext context, bool responseStarted)
    {
        if (responseStarted && context.Response.HasStarted)
        {
            throw new EmulatedConnectionDropException();
        }

        context.Abort();
        return Task.CompletedTask;
    }
}

/// <summary>Thrown to make Kestrel close a started response early (see <see cref="ConnectionFaults"/>).</summary>
internal sealed class EmulatedConnectionDropException() : Exception("The emulator dropped the connection (reset fault).");
