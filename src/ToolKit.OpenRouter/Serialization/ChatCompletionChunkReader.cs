using System.Text.Json;
using ToolKit.OpenRouter.Models;
using static ToolKit.OpenRouter.Serialization.WireJsonReading;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>
/// Reads stream chunks in one <see cref="Utf8JsonReader"/> pass, for the same objects <see cref="JsonSerializer"/>
/// builds from <see cref="OpenRouterJsonContext"/>'s metadata (tests compare the two on every recorded shape).
/// </summary>
/// <remarks>
/// Why not <see cref="JsonSerializer"/>: a chunk nests seven levels, and the serializer allocates its frame stack
/// afresh on every call, which was over half of the bytes a stream cost; and the id, model, provider, role and
/// finish reasons repeat on every chunk, so each is kept as the previous chunk's string when its bytes match. Members
/// that are rare in a stream (<c>error</c>, <c>logprobs</c>, <c>reasoning_details</c>, unknown fields)
/// still go through the generated metadata or <see cref="JsonElement"/>. Unlike the serializer, a <c>null</c> inside
/// <c>choices</c> or <c>tool_calls</c> is an error here: the rest of the client could not use it. One instance per
/// stream; not thread-safe.
/// </remarks>
internal sealed class ChatCompletionChunkReader
{
    private RepeatedString _id;
    private RepeatedString _object;
    private RepeatedString _model;
    private RepeatedString _provider;
    private RepeatedString _fingerprint;
    private RepeatedString _role;
    private RepeatedString _finishReason;
    private RepeatedString _nativeFinishReason;
    private RepeatedString _toolType;
    private RepeatedString _toolName;

    /// <summary>Reads one event's JSON; <see langword="null"/> for a JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">Not valid JSON, or a member of the wrong type; the message names the path.</exception>
    public ChatCompletionChunk? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        ChatCompletionChunk? chunk = reader.TokenType == JsonTokenType.Null ? null : ReadChunk(ref reader);

        // Anything but whitespace after the value makes the reader throw, as the serializer does.
        reader.Read();
        return chunk;
    }

    private ChatCompletionChunk ReadChunk(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "$");
        var chunk = new ChatCompletionChunk();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                chunk.Choices = ReadChoices(ref reader);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                chunk.Id = _id.Read(ref reader, "$.id");
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                chunk.Model = _model.Read(ref reader, "$.model");
            }
            else if (reader.ValueTextEquals("provider"u8))
            {
                chunk.Provider = _provider.Read(ref reader, "$.provider");
            }
            else if (reader.ValueTextEquals("object"u8))
            {
                chunk.Object = _object.Read(ref reader, "$.object");
            }
            else if (reader.ValueTextEquals("created"u8))
            {
                chunk.Created = ReadNullableInt64(ref reader, "$.created");
            }
            else if (reader.ValueTextEquals("system_fingerprint"u8))
            {
                chunk.SystemFingerprint = _fingerprint.Read(ref reader, "$.system_fingerprint");
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                chunk.Usage = CompletionUsageReader.Read(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                chunk.Error = ReadError(ref reader);
            }
            else
            {
                chunk.AdditionalProperties = ReadExtension(ref reader, chunk.AdditionalProperties);
            }
        }

        return chunk;
    }

    private ChatCompletionChunkChoice[]? ReadChoices(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "$.choices");

        // Streams carry one choice per chunk; a single-element array is built without a list.
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        ChatCompletionChunkChoice first = ReadChoice(ref reader, 0);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [first];
        }

        var choices = new List<ChatCompletionChunkChoice> { first };
        do
        {
            choices.Add(ReadChoice(ref reader, choices.Count));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return [.. choices];
    }

    private ChatCompletionChunkChoice ReadChoice(ref Utf8JsonReader reader, int index)
    {
        Expect(ref reader, JsonTokenType.StartObject, "$.choices[{0}]", index);
        var choice = new ChatCompletionChunkChoice();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("delta"u8))
            {
                reader.Read();
                choice.Delta = reader.TokenType == JsonTokenType.Null ? null : ReadDelta(ref reader, index);
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

    private ChatCompletionDelta ReadDelta(ref Utf8JsonReader reader, int choice)
    {
        Expect(ref reader, JsonTokenType.StartObject, "$.choices[{0}].delta", choice);
        var delta = new ChatCompletionDelta();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("content"u8))
            {
                delta.Content = ReadString(ref reader, "$.choices[{0}].delta.content", choice);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                delta.ToolCalls = ReadToolCalls(ref reader, choice);
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                delta.Role = _role.Read(ref reader, "$.choices[{0}].delta.role", choice);
            }
            else if (reader.ValueTextEquals("reasoning"u8))
            {
                delta.Reasoning = ReadString(ref reader, "$.choices[{0}].delta.reasoning", choice);
            }
            else if (reader.ValueTextEquals("reasoning_details"u8))
            {
                delta.ReasoningDetails = ReadElement(ref reader);
            }
            else if (reader.ValueTextEquals("refusal"u8))
            {
                delta.Refusal = ReadString(ref reader, "$.choices[{0}].delta.refusal", choice);
            }
            else
            {
                delta.AdditionalProperties = ReadExtension(ref reader, delta.AdditionalProperties);
            }
        }

        return delta;
    }

    private ChatCompletionToolCall[]? ReadToolCalls(ref Utf8JsonReader reader, int choice)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "$.choices[{0}].delta.tool_calls", choice);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        ChatCompletionToolCall first = ReadToolCall(ref reader, ref _toolType, ref _toolName, ToolCallPaths.Delta, choice, 0);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [first];
        }

        var calls = new List<ChatCompletionToolCall> { first };
        do
        {
            calls.Add(ReadToolCall(ref reader, ref _toolType, ref _toolName, ToolCallPaths.Delta, choice, calls.Count));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return [.. calls];
    }

    /// <summary>A string member that usually repeats from chunk to chunk: the last value is reused when its bytes match.</summary>
    private struct RepeatedString : IRepeatedString
    {
        // Longer values are not worth keeping: ids, model names and finish reasons are short.
        private const int MaxLength = 256;
        private byte[]? _utf8;
        private string? _value;

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

            ReadOnlySpan<byte> raw = reader.ValueSpan;
            if (!reader.ValueIsEscaped && _utf8 is not null && raw.SequenceEqual(_utf8))
            {
                return _value;
            }

            string value = reader.GetString()!;
            if (!reader.ValueIsEscaped && raw.Length <= MaxLength)
            {
                _utf8 = raw.ToArray();
                _value = value;
            }

            return value;
        }
    }
}
