using System.Buffers;

namespace ToolKit.OpenRouter.Internal;

/// <summary>Parses a JSON body held in memory; <see langword="null"/> for JSON <c>null</c>.</summary>
internal delegate T? JsonBodyParser<T>(ReadOnlySpan<byte> json);

/// <summary>
/// Reads a whole response body into a buffer rented from <see cref="ArrayPool{T}"/> and parses it there, so that a
/// response costs the objects parsed from it and nothing for the bytes.
/// </summary>
internal static class ResponseBodyReader
{
    private const int InitialSize = 16 * 1024;

    // Content-Length sizes the first buffer only up to this; a larger body grows as it arrives.
    private const int MaxPresize = 4 * 1024 * 1024;

    /// <summary>Reads <paramref name="body"/> to its end and parses it; a leading UTF-8 byte order mark is skipped.</summary>
    public static async Task<T?> ReadAsync<T>(Stream body, long? contentLength, JsonBodyParser<T> parse, CancellationToken cancellationToken)
    {
        // One byte over the announced length, so that the end is seen without growing.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(contentLength is > 0 and < MaxPresize ? (int)contentLength.Value + 1 : InitialSize);
        int count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await body.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                count += read;
            }

            return Parse(buffer.AsSpan(0, count), parse);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static T? Parse<T>(ReadOnlySpan<byte> json, JsonBodyParser<T> parse) =>
        parse(json.StartsWith("\uFEFF"u8) ? json[3..] : json);
}
