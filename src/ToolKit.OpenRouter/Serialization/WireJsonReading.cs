using System.Globalization;
using System.Text.Json;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>
/// What <see cref="ChatCompletionChunkReader"/> and <see cref="ChatCompletionReader"/> read the same way: typed
/// members with errors that name their JSON path, members kept as <see cref="JsonElement"/>, rare members through the
/// generated metadata, and tool calls.
/// </summary>
/// <remarks>
/// Paths are templates (<c>{0}</c>: the choice, <c>{1}</c>: the tool call or content part), formatted only when there
/// is an error to report, so reading allocates no path. Every <c>Read…</c> method moves to the member's value first,
/// except <see cref="ReadInt32"/>, which reads the current token.
/// </remarks>
internal static class WireJsonReading
{
    /// <summary>Throws unless the current token is <paramref name="token"/>.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string path, int choice = 0, int position = 0)
    {
        if (reader.TokenType != token)
        {
            throw Mismatch(ref reader, Describe(token), path, choice, position);
        }
    }

    /// <summary>The error for a current token that is not <paramref name="expected"/>.</summary>
    public static JsonException Mismatch(ref Utf8JsonReader reader, string expected, string template, int choice = 0, int position = 0) =>
        Mismatch(expected, Describe(reader.TokenType), reader.TokenStartIndex, template, choice, position);

    /// <summary>The error <c>"{path} must be {expected}, not {found}."</c>, with <see cref="JsonException.Path"/> set.</summary>
    public static JsonException Mismatch(string expected, string found, long offset, string template, int choice = 0, int position = 0)
    {
        string path = string.Format(CultureInfo.InvariantCulture, template, choice, position);
        return new JsonException($"{path} must be {expected}, not {found}.", path, lineNumber: null, bytePositionInLine: offset);
    }

    /// <summary>A token as the error messages name it.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>A string or <see langword="null"/>, never cached (ids, text, arguments).</summary>
    public static string? ReadString(ref Utf8JsonReader reader, string path, int choice = 0, int position = 0)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Mismatch(ref reader, "a string", path, choice, position),
        };
    }

    /// <summary>The current token as an <see cref="int"/>; <c>null</c> is an error, as it is for the serializer.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, string path, int choice) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value)
            ? value
            : throw Mismatch(ref reader, "an integer", path, choice);

    public static int? ReadNullableInt32(ref Utf8JsonReader reader, string path, int choice, int position)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value)
            ? value
            : throw Mismatch(ref reader, "an integer", path, choice, position);
    }

    public static long? ReadNullableInt64(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value)
            ? value
            : throw Mismatch(ref reader, "an integer", path);
    }

    public static decimal? ReadNullableDecimal(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal value)
            ? value
            : throw Mismatch(ref reader, "a decimal number", path);
    }

    public static bool? ReadNullableBoolean(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw Mismatch(ref reader, "a boolean", path),
        };
    }

    /// <summary>Any value kept as it is (<c>logprobs</c>, <c>reasoning_details</c>); <see langword="null"/> for <c>null</c>.</summary>
    public static JsonElement? ReadElement(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);
    }

    /// <summary>
    /// Adds the member at the reader (a property name) to a <c>[JsonExtensionData]</c> dictionary, created on first
    /// use; a repeated name keeps the last value, as the serializer does.
    /// </summary>
    public static Dictionary<string, JsonElement> ReadExtension(ref Utf8JsonReader reader, IDictionary<string, JsonElement>? existing)
    {
        var extension = existing as Dictionary<string, JsonElement> ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        string name = reader.GetString()!;
        reader.Read();
        extension[name] = JsonElement.ParseValue(ref reader);
        return extension;
    }

    /// <summary>An <c>error</c> object, through the generated metadata: rare, and its code may be a number or a string.</summary>
    public static OpenRouterError? ReadError(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Wire.OpenRouterError);
    }

    /// <summary>
    /// One element of <c>tool_calls</c> (the reader is on its first token), in a stream delta or a response message.
    /// </summary>
    /// <remarks>
    /// Generic so that the stream reader's mutable <see cref="IRepeatedString"/> struct is updated in place and its
    /// calls are not virtual: the JIT compiles a copy of this method for each struct type.
    /// </remarks>
    public static ChatCompletionToolCall ReadToolCall<TStrings>(
        ref Utf8JsonReader reader, ref TStrings types, ref TStrings names, ToolCallPaths paths, int choice, int position)
        where TStrings : IRepeatedString
    {
        Expect(ref reader, JsonTokenType.StartObject, paths.Call, choice, position);

        var call = new ChatCompletionToolCall();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("function"u8))
            {
                reader.Read();
                call.Function = reader.TokenType == JsonTokenType.Null ? null : ReadFunction(ref reader, ref names, paths, choice, position);
            }
            else if (reader.ValueTextEquals("index"u8))
            {
                call.Index = ReadNullableInt32(ref reader, paths.Index, choice, position);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                call.Id = ReadString(ref reader, paths.Id, choice, position);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                call.Type = types.Read(ref reader, paths.Type, choice, position);
            }
            else
            {
                // The model type keeps no unknown members; the serializer skips them too.
                reader.Read();
                reader.Skip();
            }
        }

        return call;
    }

    private static FunctionCall ReadFunction<TStrings>(ref Utf8JsonReader reader, ref TStrings names, ToolCallPaths paths, int choice, int position)
        where TStrings : IRepeatedString
    {
        Expect(ref reader, JsonTokenType.StartObject, paths.Function, choice, position);

        var function = new FunctionCall();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("arguments"u8))
            {
                function.Arguments = ReadString(ref reader, paths.Arguments, choice, position);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                function.Name = names.Read(ref reader, paths.Name, choice, position);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return function;
    }
}

/// <summary>A string member whose values repeat, read so that a repeated value can be an earlier string instance.</summary>
internal interface IRepeatedString
{
    /// <summary>Moves to the member's value and reads it: a string or <see langword="null"/>.</summary>
    /// <exception cref="JsonException">The value is neither; the message names <paramref name="path"/>.</exception>
    string? Read(ref Utf8JsonReader reader, string path, int choice, int position);
}

/// <summary>The path templates of a tool call's members, in a stream delta or in a response message.</summary>
internal sealed class ToolCallPaths
{
    private ToolCallPaths(string call)
    {
        Call = call;
        Index = call + ".index";
        Id = call + ".id";
        Type = call + ".type";
        Function = call + ".function";
        Name = call + ".function.name";
        Arguments = call + ".function.arguments";
    }

    /// <summary>In a stream chunk: <c>$.choices[{0}].delta.tool_calls[{1}]</c>.</summary>
    public static ToolCallPaths Delta { get; } = new("$.choices[{0}].delta.tool_calls[{1}]");

    /// <summary>In a response: <c>$.choices[{0}].message.tool_calls[{1}]</c>.</summary>
    public static ToolCallPaths Message { get; } = new("$.choices[{0}].message.tool_calls[{1}]");

    public string Call { get; }

    public string Index { get; }

    public string Id { get; }

    public string Type { get; }

    public string Function { get; }

    public string Name { get; }

    public string Arguments { get; }
}
