using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToolKit.Benchmarks.Streaming;

/// <summary>A tool call the recorded stream carries, as it must come out after merging the fragments.</summary>
public sealed record ExpectedToolCall(int Index, string Id, string Name, string Arguments);

/// <summary>
/// A recorded streamed tool-call answer of about 1 MB in OpenRouter's SSE format, built in code so that nothing
/// binary is checked in and every run parses exactly the same bytes. The format is what the emulator writes
/// (<c>src/ToolKit.Emulator/Chat/ChatStreamWriter.cs</c>, validated there against OpenRouter's OpenAPI file):
/// <list type="bullet">
/// <item>three <c>: OPENROUTER PROCESSING</c> comments first, and one more after every 1,000 data events (keep-alives);</item>
/// <item>a few text chunks (<c>delta.content</c>, at most 16 characters, cut at word ends);</item>
/// <item>three tool calls, each a header chunk (<c>index</c>, <c>id</c>, <c>type</c>, <c>function.name</c>,
/// <c>arguments: ""</c>) followed by argument fragments of 1 to 16 characters with the same <c>index</c>; two of them
/// write source files (so the arguments hold escaped quotes, backslashes, tabs, newlines and non-ASCII text), the
/// third runs a command;</item>
/// <item>a chunk with an empty delta and <c>finish_reason: "tool_calls"</c>, a usage chunk with <c>choices: []</c>,
/// and <c>data: [DONE]</c>.</item>
/// </list>
/// Every chunk has the envelope OpenRouter sends (<c>id</c>, <c>provider</c>, <c>model</c>, <c>object</c>,
/// <c>created</c>, and per choice <c>index</c>, <c>finish_reason</c>, <c>native_finish_reason</c>, <c>logprobs</c>),
/// so most of the bytes are envelope, as in a real stream of small fragments.
/// </summary>
public sealed class RecordedStream
{
    private const string GenerationId = "gen-1764633600-Xq7RmT2vKpL9sNwB4cYh";
    private const string Provider = "OpenAI";
    private const string Model = "openai/gpt-4.1-2025-04-14";
    private const long Created = 1764633600;
    private const string Preamble = "I'll add the stock ledger and its tests, then run them.";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // As the emulator (and OpenRouter) write it: non-ASCII text raw, quotes and control characters escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private RecordedStream(byte[] bytes, int dataEvents, int comments, string text, IReadOnlyList<ExpectedToolCall> calls)
    {
        Bytes = bytes;
        DataEvents = dataEvents;
        Comments = comments;
        Text = text;
        ToolCalls = calls;
    }

    /// <summary>The SSE bytes.</summary>
    public byte[] Bytes { get; }

    /// <summary>How many <c>data:</c> events with a JSON chunk (not counting <c>[DONE]</c>).</summary>
    public int DataEvents { get; }

    /// <summary>How many comment lines.</summary>
    public int Comments { get; }

    /// <summary>The assistant text the stream carries.</summary>
    public string Text { get; }

    /// <summary>The tool calls the stream carries, merged.</summary>
    public IReadOnlyList<ExpectedToolCall> ToolCalls { get; }

    /// <summary>Builds the stream: the two source files grow until the stream reaches <paramref name="targetBytes"/>.</summary>
    public static RecordedStream Build(int targetBytes = 1_000_000)
    {
        int lines = 100;
        while (true)
        {
            RecordedStream stream = BuildWithLines(lines);
            if (stream.Bytes.Length >= targetBytes)
            {
                return stream;
            }

            // Grow in proportion, then by one line at a time, so the result is the smallest stream of at least the target.
            int perLine = Math.Max(1, stream.Bytes.Length / lines);
            lines += Math.Max(1, (targetBytes - stream.Bytes.Length) / perLine);
        }
    }

    private static RecordedStream BuildWithLines(int lines)
    {
        var calls = new List<ExpectedToolCall>
        {
            new(0, "call_Ledger0nQ8vRkT3wYb2Hm", "write_file", FileArguments("src/Inventory/StockLedger.cs", SourceFile(lines, tests: false))),
            new(1, "call_Tests1pW4cXjN7eLa5Gs", "write_file", FileArguments("tests/Inventory/StockLedgerTests.cs", SourceFile(lines / 2, tests: true))),
            new(2, "call_Run2kZ9dFhM6uQr1Vt", "run_command",
                """{"command":"dotnet test tests/Inventory --filter \"FullyQualifiedName~StockLedger\"","working_directory":"/src/app","timeout_seconds":600}"""),
        };

        var output = new ArrayBufferWriter<byte>(1 << 20);
        var random = new Lcg(20251202);
        int dataEvents = 0;
        int comments = 0;

        void Comment()
        {
            output.Write(": OPENROUTER PROCESSING\n\n"u8);
            comments++;
        }

        void Data(Action<Utf8JsonWriter> writeDelta, string? finishReason = null)
        {
            output.Write("data: "u8);
            using (var writer = new Utf8JsonWriter(output, WriterOptions))
            {
                WriteHead(writer);
                writer.WriteStartArray("choices");
                writer.WriteStartObject();
                writer.WriteNumber("index", 0);
                writer.WriteStartObject("delta");
                writeDelta(writer);
                writer.WriteEndObject();
                WriteFinish(writer, finishReason);
                writer.WriteNull("logprobs");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            output.Write("\n\n"u8);
            if (++dataEvents % 1000 == 0)
            {
                Comment();
            }
        }

        Comment();
        Comment();
        Comment();
        foreach (string piece in AtWords(Preamble, 16))
        {
            Data(w =>
            {
                w.WriteString("role", "assistant");
                w.WriteString("content", piece);
            });
        }

        foreach (ExpectedToolCall call in calls)
        {
            Data(w =>
            {
                w.WriteString("role", "assistant");
                w.WriteStartArray("tool_calls");
                w.WriteStartObject();
                w.WriteNumber("index", call.Index);
                w.WriteString("id", call.Id);
                w.WriteString("type", "function");
                w.WriteStartObject("function");
                w.WriteString("name", call.Name);
                w.WriteString("arguments", "");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
            });

            string arguments = call.Arguments;
            for (int start = 0; start < arguments.Length;)
            {
                // Token-sized pieces: 1 to 16 characters, mostly 4 to 10, never splitting a surrogate pair.
                int length = Math.Min(arguments.Length - start, 1 + random.Next(6) + random.Next(10));
                if (char.IsHighSurrogate(arguments[start + length - 1]) && start + length < arguments.Length)
                {
                    length++;
                }

                string piece = arguments.Substring(start, length);
                start += length;
                Data(w =>
                {
                    w.WriteStartArray("tool_calls");
                    w.WriteStartObject();
                    w.WriteNumber("index", call.Index);
                    w.WriteStartObject("function");
                    w.WriteString("arguments", piece);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                });
            }
        }

        Data(w =>
        {
            w.WriteString("role", "assistant");
            w.WriteString("content", "");
        }, "tool_calls");

        // The usage chunk: choices: [] and OpenRouter's usage object.
        int completionChars = calls.Sum(c => c.Name.Length + c.Arguments.Length) + Preamble.Length;
        int completionTokens = (completionChars + 3) / 4;
        const int promptTokens = 1843;
        output.Write("data: "u8);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            WriteHead(writer);
            writer.WriteStartArray("choices");
            writer.WriteEndArray();
            writer.WriteStartObject("usage");
            writer.WriteNumber("prompt_tokens", promptTokens);
            writer.WriteNumber("completion_tokens", completionTokens);
            writer.WriteNumber("total_tokens", promptTokens + completionTokens);
            decimal promptCost = promptTokens * 0.000002m;
            decimal completionCost = completionTokens * 0.000008m;
            writer.WriteNumber("cost", promptCost + completionCost);
            writer.WriteBoolean("is_byok", false);
            writer.WriteStartObject("prompt_tokens_details");
            writer.WriteNumber("cached_tokens", 0);
            writer.WriteNumber("audio_tokens", 0);
            writer.WriteEndObject();
            writer.WriteStartObject("cost_details");
            writer.WriteNull("upstream_inference_cost");
            writer.WriteNumber("upstream_inference_prompt_cost", promptCost);
            writer.WriteNumber("upstream_inference_completions_cost", completionCost);
            writer.WriteEndObject();
            writer.WriteStartObject("completion_tokens_details");
            writer.WriteNumber("reasoning_tokens", 0);
            writer.WriteNumber("image_tokens", 0);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        output.Write("\n\n"u8);
        dataEvents++;
        output.Write("data: [DONE]\n\n"u8);
        return new RecordedStream(output.WrittenSpan.ToArray(), dataEvents, comments, Preamble, calls);
    }

    private static void WriteHead(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", GenerationId);
        w.WriteString("provider", Provider);
        w.WriteString("model", Model);
        w.WriteString("object", "chat.completion.chunk");
        w.WriteNumber("created", Created);
    }

    private static void WriteFinish(Utf8JsonWriter w, string? finishReason)
    {
        if (finishReason is null)
        {
            w.WriteNull("finish_reason");
            w.WriteNull("native_finish_reason");
        }
        else
        {
            w.WriteString("finish_reason", finishReason);
            w.WriteString("native_finish_reason", finishReason);
        }
    }

    private static string FileArguments(string path, string content)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("path", path);
            writer.WriteString("content", content);
            writer.WriteBoolean("overwrite", true);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // A C#-looking file: quotes, backslashes, tabs, newlines and some non-ASCII text, so both levels of JSON escaping
    // (the arguments are JSON inside a JSON string) get exercised.
    private static string SourceFile(int lines, bool tests)
    {
        var text = new StringBuilder();
        text.Append("// Generated for the streaming benchmark — «StockLedger».\nnamespace Inventory;\n\n");
        text.Append(tests ? "public sealed class StockLedgerTests\n{\n" : "public sealed class StockLedger\n{\n");
        for (int i = 0; CountLines(i) < lines; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            if (tests)
            {
                text.Append("\t[Fact]\n\tpublic void Records_movement_").Append(n).Append("()\n\t{\n");
                text.Append("\t\tvar ledger = new StockLedger(@\"C:\\data\\ledger-").Append(n).Append(".csv\");\n");
                text.Append("\t\tledger.Record(\"SKU-").Append(n).Append("\", quantity: ").Append(i % 17 + 1).Append(", note: \"Zürich → Genève\");\n");
                text.Append("\t\tAssert.Equal(").Append(i % 17 + 1).Append(", ledger.OnHand(\"SKU-").Append(n).Append("\"));\n\t}\n\n");
            }
            else
            {
                text.Append("\t/// <summary>Records movement ").Append(n).Append(" of \"SKU-").Append(n).Append("\" (café № ").Append(i % 9).Append(").</summary>\n");
                text.Append("\tpublic void Record").Append(n).Append("(string sku, int quantity) =>\n");
                text.Append("\t\t_entries.Add(new Entry(sku, quantity, $\"{sku}\\t").Append(n).Append("\", @\"\\\\share\\stock\\").Append(n).Append("\"));\n\n");
            }
        }

        text.Append("}\n");
        return text.ToString();

        int CountLines(int blocks) => blocks * (tests ? 7 : 4);
    }

    // As the emulator cuts text: at word ends, at most maxChars per piece.
    private static IEnumerable<string> AtWords(string text, int maxChars)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = Math.Min(text.Length, start + maxChars);
            if (end < text.Length)
            {
                int space = text.LastIndexOf(' ', end - 1, end - start);
                if (space > start)
                {
                    end = space + 1;
                }
            }

            yield return text[start..end];
            start = end;
        }
    }

    /// <summary>A tiny fixed linear congruential generator: the same pieces on every runtime.</summary>
    private struct Lcg(uint seed)
    {
        private uint _state = seed;

        public int Next(int exclusiveMax)
        {
            _state = unchecked((_state * 1664525u) + 1013904223u);
            return (int)((_state >> 16) % (uint)exclusiveMax);
        }
    }
}
