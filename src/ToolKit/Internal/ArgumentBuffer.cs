using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace ToolKit.Internal;

/// <summary>
/// The model's argument text as UTF-8, in a pooled buffer. Empty or blank arguments read as <c>{}</c>, and an
/// arguments object that the model double-encoded into a JSON string is unwrapped once.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct ArgumentBuffer
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    // One buffer per thread, taken while in use: cheaper than the shared pool for the small documents models send.
    [ThreadStatic]
    private static byte[]? t_cached;

    private const int CachedSize = 4096;

    private byte[]? _rented;
    private ReadOnlySpan<byte> _span;

    /// <summary>Transcodes <paramref name="arguments"/> to UTF-8.</summary>
    public static ArgumentBuffer Create(string? arguments)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            return new ArgumentBuffer { _span = "{}"u8 };
        }

        if (TryUnwrapDoubleEncoded(arguments, out string? inner))
        {
            arguments = string.IsNullOrWhiteSpace(inner) ? "{}" : inner;
        }

        int maxBytes = Encoding.UTF8.GetMaxByteCount(arguments.Length);
        byte[]? rented = t_cached;
        if (rented is null || rented.Length < maxBytes)
        {
            rented = maxBytes <= CachedSize ? new byte[CachedSize] : ArrayPool<byte>.Shared.Rent(maxBytes);
        }
        else
        {
            t_cached = null;
        }

        int length = Encoding.UTF8.GetBytes(arguments, rented);
        return new ArgumentBuffer { _rented = rented, _span = rented.AsSpan(0, length) };
    }

    /// <summary>The UTF-8 argument JSON.</summary>
    public readonly ReadOnlySpan<byte> Span => _span;

    /// <summary>A reader over the whole argument JSON.</summary>
    public readonly Utf8JsonReader CreateReader() => new(_span, ReaderOptions);

    /// <summary>Returns the pooled buffer.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            if (_rented.Length == CachedSize)
            {
                t_cached = _rented;
            }
            else
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }

            _rented = null;
        }

        _span = default;
    }

    // Models sometimes send "{\"city\":\"Paris\"}": a JSON string that holds the arguments object.
    private static bool TryUnwrapDoubleEncoded(string arguments, out string? inner)
    {
        inner = null;
        ReadOnlySpan<char> trimmed = arguments.AsSpan().Trim();
        if (trimmed.Length < 2 || trimmed[0] != '"')
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(arguments));
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            string text = reader.GetString()!;
            if (reader.Read())
            {
                return false;
            }

            ReadOnlySpan<char> innerTrimmed = text.AsSpan().Trim();
            if (innerTrimmed.Length == 0 || innerTrimmed[0] == '{')
            {
                inner = text;
                return true;
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
