using System.Buffers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace ToolKit.Benchmarks.Streaming;

/// <summary>
/// A floor for the streaming parse, not a product: the same <see cref="SseParser"/> framing ToolKit uses, and one
/// <see cref="Utf8JsonReader"/> pass per event that merges in place. It reads <c>choices[0].delta.content</c>, the
/// <c>tool_calls</c> fragments (index, id, name, and the argument text unescaped straight into one UTF-8 buffer per
/// index), <c>finish_reason</c>, and throws on an <c>error</c> member; everything else (the envelope that repeats in
/// every chunk, usage) is skipped without a string or an object. It shows how fast a purpose-built reader on the
/// same primitives could go.
/// </summary>
public static class HandWrittenStreamParser
{
    public static MergedAnswer FinalMessage(byte[] sse)
    {
        var state = new State();
        SseParser<int> parser = SseParser.Create(new MemoryStream(sse, writable: false), state.Parse);
        foreach (SseItem<int> item in parser.Enumerate())
        {
            if (item.Data < 0)
            {
                break; // [DONE]
            }
        }

        var calls = new List<ExpectedToolCall>(state.Calls.Count);
        foreach (KeyValuePair<int, PendingCall> call in state.Calls)
        {
            calls.Add(new ExpectedToolCall(call.Key, call.Value.Id ?? string.Empty, call.Value.Name ?? string.Empty,
                Encoding.UTF8.GetString(call.Value.Arguments.WrittenSpan)));
        }

        return new MergedAnswer(Encoding.UTF8.GetString(state.Text.WrittenSpan), calls, state.FinishReason);
    }

    private sealed class PendingCall
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public ArrayBufferWriter<byte> Arguments { get; } = new(256);
    }

    private sealed class State
    {
        public SortedList<int, PendingCall> Calls { get; } = [];

        public ArrayBufferWriter<byte> Text { get; } = new(256);

        public string? FinishReason { get; private set; }

        public int Parse(string eventType, ReadOnlySpan<byte> data)
        {
            if (data.SequenceEqual("[DONE]"u8))
            {
                return -1;
            }

            var reader = new Utf8JsonReader(data);
            reader.Read(); // {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("choices"u8))
                {
                    reader.Read(); // [
                    if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadChoice(ref reader);
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            reader.Skip(); // only choice 0 is merged, as on both other sides
                        }
                    }
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    throw new InvalidOperationException("error event");
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return 0;
        }

        private void ReadChoice(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("delta"u8))
                {
                    reader.Read();
                    ReadDelta(ref reader);
                }
                else if (reader.ValueTextEquals("finish_reason"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        FinishReason = reader.GetString();
                    }
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    throw new InvalidOperationException("error in choice");
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }

        private void ReadDelta(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("content"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        AppendString(ref reader, Text);
                    }
                }
                else if (reader.ValueTextEquals("tool_calls"u8))
                {
                    reader.Read(); // [
                    int position = 0;
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadToolCall(ref reader, position++);
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }

        private void ReadToolCall(ref Utf8JsonReader reader, int position)
        {
            // OpenAI-style providers send the index first; a fragment without one belongs to its position.
            int index = position;
            string? id = null;
            string? name = null;
            PendingCall? call = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("index"u8))
                {
                    reader.Read();
                    index = reader.GetInt32();
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("function"u8))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("name"u8))
                        {
                            reader.Read();
                            name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        }
                        else if (reader.ValueTextEquals("arguments"u8))
                        {
                            reader.Read();
                            if (reader.TokenType == JsonTokenType.String)
                            {
                                call ??= Call(index);
                                AppendString(ref reader, call.Arguments);
                            }
                        }
                        else
                        {
                            reader.Read();
                            reader.Skip();
                        }
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            call ??= Call(index);
            call.Id ??= string.IsNullOrEmpty(id) ? null : id;
            call.Name ??= string.IsNullOrEmpty(name) ? null : name;
        }

        private PendingCall Call(int index)
        {
            if (!Calls.TryGetValue(index, out PendingCall? call))
            {
                Calls[index] = call = new PendingCall();
            }

            return call;
        }

        private static void AppendString(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
        {
            if (!reader.ValueIsEscaped)
            {
                output.Write(reader.ValueSpan);
                return;
            }

            Span<byte> target = output.GetSpan(reader.ValueSpan.Length);
            int written = reader.CopyString(target);
            output.Advance(written);
        }
    }
}
