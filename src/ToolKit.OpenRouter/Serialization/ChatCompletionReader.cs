using System.Text.Json;
using ToolKit.OpenRouter.Models;
using static ToolKit.OpenRouter.Serialization.WireJsonReading;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>
/// Reads a whole (non-streamed) chat completion in one <see cref="Utf8JsonReader"/> pass, for the same objects
/// <see cref="JsonSerializer"/> builds from <see cref="OpenRouterJsonContext"/>'s metadata (tests compare the two on
/// every recorded shape).
/// </summary>
/// <remarks>
/// <para>
/// Why not <see cref="JsonSerializer"/>: a response nests seven levels, and the serializer allocates its frame stack
/// afresh on every call; and the object, model, provider, fingerprint, finish reasons, role, tool type and tool names
/// repeat from response to response, so each is kept as an earlier response's string when its bytes match (ids, text
/// and arguments are not: they never repeat). <c>usage</c> is read by hand too: it is on every response, and its
/// nested details alone made the serializer allocate a frame stack. Rare members (<c>error</c>, <c>logprobs</c>,
/// <c>reasoning_details</c>, content parts, unknown fields) still go through the generated metadata or
/// <see cref="JsonElement"/>.
/// </para>
/// <para>
/// Unlike the serializer, a <c>null</c> inside <c>choices</c> or <c>tool_calls</c> is an error here: the rest of the
/// client could not use it. As with the serializer, a message without <c>role</c> is an error (the member is
/// <see langword="required"/>), while <c>"role": null</c> reads as a null <see cref="ChatCompletionMessage.Role"/>.
/// </para>
/// <para>
/// Thread-safe: one instance serves every call of a client. The only state is the repeated strings, each slot holding
/// an immutable pair of bytes and string that is read once and replaced whole, so no lock is taken and a racing
/// reader sees either pair, both right.
/// </para>
/// </remarks>
internal sealed class ChatCompletionReader
{
    // Values kept per member: a few where values alternate (finish reasons in a tool loop, models of concurrent
    // callers), more for tool names, one where there is one value.
    private readonly SharedString _object = new(slots: 1);
    private readonly SharedString _model = new(slots: 4);
    private readonly SharedString _provider = new(slots: 4);
    private readonly SharedString _fingerprint = new(slots: 4);
    private readonly SharedString _finishReason = new(slots: 4);
    private readonly SharedString _nativeFinishReason = new(slots: 4);
    private readonly SharedString _role = new(slots: 1);
    private readonly SharedString _toolType = new(slots: 1);
    private readonly SharedString _toolName = new(slots: 16);

    /// <summary>Reads one response body; <see langword="null"/> for a JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">Not valid JSON, or a member of the wrong type; the message names the path.</exception>
    public ChatCompletion? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        ChatCompletion? completion = reader.TokenType == JsonTokenType.Null ? null : ReadCompletion(ref reader);

        // Anything but whitespace after the value makes the reader throw, as the serializer does.
        reader.Read();
        return completion;
    }

    private ChatCompletion ReadCompletion(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "$");
        var completion = new ChatCompletion();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                completion.Choices = ReadChoices(ref reader);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                completion.Id = ReadString(ref reader, "$.id");
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                completion.Model = _model.Read(ref reader, "$.model");
            }
            else if (reader.ValueTextEquals("provider"u8))
            {
                completion.Provider = _provider.Read(ref reader, "$.provider");
            }
            else if (reader.ValueTextEquals("object"u8))
            {
                completion.Object = _object.Read(ref reader, "$.object");
            }
            else if (reader.ValueTextEquals("created"u8))
            {
                completion.Created = ReadNullableInt64(ref reader, "$.created");
            }
            else if (reader.ValueTextEquals("system_fingerprint"u8))
            {
                completion.SystemFingerprint = _fingerprint.Read(ref reader, "$.system_fingerprint");
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                completion.Usage = CompletionUsageReader.Read(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                completion.Error = ReadError(ref reader);
            }
            else
            {
                completion.AdditionalProperties = ReadExtension(ref reader, completion.AdditionalProperties);
            }
        }

        return completion;
    }

    private ChatCompletionChoice[]? ReadChoices(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "$.choices");

        // OpenRouter returns one choice; a single-element array is built without a list.
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        ChatCompletionChoice first = ReadChoice(ref reader, 0);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [first];
        }

        var choices = new List<ChatCompletionChoice> { first };
        do
        {
            choices.Add(ReadChoice(ref reader, choices.Count));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return [.. choices];
    }

    private ChatCompletionChoice ReadChoice(ref Utf8JsonReader reader, int index)
    {
        Expect(ref reader, JsonTokenType.StartObject, "$.choices[{0}]", index);
        var choice = new ChatCompletionChoice();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                choice.Message = reader.TokenType == JsonTokenType.Null ? null : ReadMessage(ref reader, index);
            }
            else if (reader.ValueTextEquals("index"u8))
            {
                reader.Read();
                choice.Index = ReadInt32(ref reader, "$.choices[{0}].index", index);
            }
            else if (reader.ValueTextEquals("finish_reason"u8))
            {
                choice.FinishReason = _finishReason.Read(ref reader, "$.choices[{0}].finish_reason", index);
            }
            else if (reader.ValueTextEquals("native_finish_reason"u8))
            {
                choice.NativeFinishReason = _nativeFinishReason.Read(ref reader, "$.choices[{0}].native_finish_reason", index);
            }
            else if (reader.ValueTextEquals("logprobs"u8))
            {
                choice.Logprobs = ReadElement(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                choice.Error = ReadError(ref reader);
            }
            else
            {
                choice.AdditionalProperties = ReadExtension(ref reader, choice.AdditionalProperties);
            }
        }

        return choice;
    }

    private ChatCompletionMessage ReadMessage(ref Utf8JsonReader reader, int choice)
    {
        Expect(ref reader, JsonTokenType.StartObject, "$.choices[{0}].message", choice);

        // Role is required: set to its JSON value below, and its absence reported at the end of the object.
        var message = new ChatCompletionMessage { Role = null! };
        bool hasRole = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("role"u8))
            {
                message.Role = _role.Read(ref reader, "$.choices[{0}].message.role", choice, 0)!;
                hasRole = true;
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                message.Content = ReadContent(ref reader, choice);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                message.ToolCalls = ReadToolCalls(ref reader, choice);
            }
            else if (reader.ValueTextEquals("reasoning"u8))
            {
                message.Reasoning = ReadString(ref reader, "$.choices[{0}].message.reasoning", choice);
            }
            else if (reader.ValueTextEquals("refusal"u8))
            {
                message.Refusal = ReadString(ref reader, "$.choices[{0}].message.refusal", choice);
            }
            else if (reader.ValueTextEquals("reasoning_details"u8))
            {
                message.ReasoningDetails = ReadElement(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                message.Name = ReadString(ref reader, "$.choices[{0}].message.name", choice);
            }
            else if (reader.ValueTextEquals("tool_call_id"u8))
            {
                message.ToolCallId = ReadString(ref reader, "$.choices[{0}].message.tool_call_id", choice);
            }
            else
            {
                message.AdditionalProperties = ReadExtension(ref reader, message.AdditionalProperties);
            }
        }

        if (!hasRole)
        {
            throw Mismatch("a string", "missing", reader.TokenStartIndex, "$.choices[{0}].message.role", choice);
        }

        return message;
    }

    private static MessageContent? ReadContent(ref Utf8JsonReader reader, int choice)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => new MessageContent(reader.GetString()!),
            JsonTokenType.Null => null,
            JsonTokenType.StartArray => ReadContentParts(ref reader, choice),
            _ => throw Mismatch(ref reader, "a string or an array", "$.choices[{0}].message.content", choice),
        };
    }

    // Parts come back only from image and audio models; each goes through the generated metadata.
    private static MessageContent ReadContentParts(ref Utf8JsonReader reader, int choice)
    {
        var parts = new List<ContentPart>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, "$.choices[{0}].message.content[{1}]", choice, parts.Count);
            parts.Add(JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Wire.ContentPart)!);
        }

        return new MessageContent(parts);
    }

    // A list, as the serializer builds for an IList<T> member: callers may add to it.
    private List<ChatCompletionToolCall>? ReadToolCalls(ref Utf8JsonReader reader, int choice)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "$.choices[{0}].message.tool_calls", choice);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        // Locals, so the fields stay readonly: the shared reader takes its string sources by reference.
        SharedString types = _toolType;
        SharedString names = _toolName;
        ChatCompletionToolCall first = ReadToolCall(ref reader, ref types, ref names, ToolCallPaths.Message, choice, 0);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return new List<ChatCompletionToolCall>(1) { first };
        }

        var calls = new List<ChatCompletionToolCall> { first };
        do
        {
            calls.Add(ReadToolCall(ref reader, ref types, ref names, ToolCallPaths.Message, choice, calls.Count));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return calls;
    }

    /// <summary>
    /// A string member whose values repeat from response to response, shared by every thread reading with the
    /// instance: a value is an earlier response's string when its bytes match one of the few kept.
    /// </summary>
    /// <remarks>
    /// Each slot holds a reference to an immutable <see cref="Entry"/>, read once per use and replaced whole by a
    /// single reference write: a racing reader compares against a complete old or new entry, never a torn one. A new
    /// value takes the slots in turn, so a few alternating values (<c>stop</c> and <c>tool_calls</c>, the models of
    /// concurrent callers) each keep theirs. Two threads that race on the turn only overwrite one slot twice, which
    /// costs a later miss, never a wrong value.
    /// </remarks>
    private sealed class SharedString : IRepeatedString
    {
        // Longer values are not worth keeping: model names, finish reasons and tool names are short.
        private const int MaxLength = 256;
        private readonly Entry?[] _slots;
        private int _next;

        public SharedString(int slots) => _slots = new Entry?[slots];

        public string? Read(ref Utf8JsonReader reader, string path, int choice = 0, int position = 0)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw Mismatch(ref reader, "a string", path, choice, position);
            }

            // An escaped value's bytes are not its text: it is neither matched nor kept.
            ReadOnlySpan<byte> raw = reader.ValueSpan;
            if (reader.ValueIsEscaped || raw.Length > MaxLength)
            {
                return reader.GetString();
            }

            Entry?[] slots = _slots;
            for (int i = 0; i < slots.Length; i++)
            {
                Entry? entry = Volatile.Read(ref slots[i]);
                if (entry is not null && raw.SequenceEqual(entry.Utf8))
                {
                    return entry.Value;
                }
            }

            string value = reader.GetString()!;

            // Every write of _next is in range, so a stale or raced read of it still is.
            int next = _next;
            _next = next + 1 == slots.Length ? 0 : next + 1;
            Volatile.Write(ref slots[next], new Entry(raw.ToArray(), value));
            return value;
        }

        private sealed class Entry(byte[] utf8, string value)
        {
            public byte[] Utf8 { get; } = utf8;

            public string Value { get; } = value;
        }
    }
}
