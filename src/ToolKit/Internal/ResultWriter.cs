using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace ToolKit.Internal;

/// <summary>Writes a generated result writer's output to a JSON string, reusing one buffer per thread.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResultWriter
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/> and returns the JSON text.</summary>
    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });

        // Detach the thread's cache while in use, so that a nested write gets its own buffer.
        t_buffer = null;
        t_writer = null;
        try
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            write(writer, value);
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity <= 64 * 1024)
            {
                t_buffer = buffer;
                t_writer = writer;
            }
        }
    }

    /// <summary>A JSON tool result for <paramref name="value"/>.</summary>
    public static ToolResult ToResult<T>(T value, Action<Utf8JsonWriter, T> write) => ToolResult.Json(Write(value, write));
}
