using System.Diagnostics;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ToolKit.Benchmarks.Profiling;
using ToolKit.OpenRouter;
using ToolKit.OpenRouter.Models;

namespace ToolKit.Benchmarks.Streaming;

/// <summary>
/// <c>--paired streaming [rounds]</c>: the five parses of <see cref="StreamingParseBenchmarks"/> take turns, one
/// parse of the whole 1 MB stream each, the order rotated every round (default 150 rounds), so that background load
/// lands on all of them alike. Per case: the fastest, 10th-percentile and median parse, throughput from the fastest
/// and the median, throughput relative to the OpenAI SDK with merging (from the minimum, and the median of the
/// per-round ratios), and bytes allocated per data event (all threads).
/// </summary>
public static class StreamingComparison
{
    private static object? s_sink;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run(int rounds)
    {
        RecordedStream stream = RecordedStream.Build();
        using var openAi = new OpenAiStreamParser(stream.Bytes);
        StreamingParseBenchmarks.Verify(stream, openAi);
        Console.WriteLine("Stream: " + StreamingParseBenchmarks.Describe(stream));
        Console.WriteLine();

        return Compare(stream, rounds, baseline: 4, "Streaming parse", new (string Name, Func<object?> Parse)[]
        {
            ("ToolKit: bytes to chunks", () => ToolKitStreamParser.Chunks(stream.Bytes)),
            ("ToolKit: bytes to final message (ChatResponseBuilder)", () => ToolKitStreamParser.FinalMessage(stream.Bytes)),
            ("Floor: SseParser + one Utf8JsonReader pass, merged in place", () => HandWrittenStreamParser.FinalMessage(stream.Bytes)),
            ("OpenAI SDK: bytes to updates", () => openAi.UpdatesAsync().GetAwaiter().GetResult()),
            ("OpenAI SDK: bytes to final message (merged by index)", () => openAi.FinalMessageAsync().GetAwaiter().GetResult()),
        });
    }

    /// <summary>
    /// <c>--paired streaming-parts [rounds]</c>: where ToolKit's time goes, layer by layer, on the same bytes: SSE
    /// framing alone; framing plus a bare <see cref="Utf8JsonReader"/> walk of each event (the tokenizer's floor);
    /// framing plus <see cref="JsonSerializer"/> into ToolKit's own <c>ChatCompletionChunk</c> with ToolKit's
    /// source-generated metadata (what <c>ReadChunks</c> called per event before its hand-written chunk reader, kept for
    /// comparison); the whole of <c>ReadChunks</c>; the whole
    /// of <c>ReadUpdates</c> + <see cref="ToolKit.Chat.ChatResponseBuilder"/>; and, for the SDK, framing plus
    /// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> per event (its first step).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int RunParts(int rounds)
    {
        RecordedStream stream = RecordedStream.Build();
        using var openAi = new OpenAiStreamParser(stream.Bytes);
        StreamingParseBenchmarks.Verify(stream, openAi);

        // ToolKit's wire metadata is internal; its JsonTypeInfo is fetched once, through the public
        // JsonSerializerContext.GetTypeInfo, so that each event is deserialized exactly as ReadChunks does it.
        var context = (JsonSerializerContext)typeof(OpenRouterClient).Assembly
            .GetType("ToolKit.OpenRouter.Serialization.OpenRouterJsonContext", throwOnError: true)!
            .GetProperty("Wire")!.GetValue(null)!;
        var chunkInfo = (JsonTypeInfo<ChatCompletionChunk>)context.GetTypeInfo(typeof(ChatCompletionChunk))!;

        return Compare(stream, rounds, baseline: 6, "Streaming parse, layer by layer", new (string Name, Func<object?> Parse)[]
        {
            ("SSE framing only (SseParser, empty item parser)", () => Sse(stream.Bytes, static (_, data) => data.Length)),
            ("+ Utf8JsonReader walk of each event", () => Sse(stream.Bytes, static (_, data) => Walk(data))),
            ("+ JsonSerializer into ChatCompletionChunk (ToolKit's metadata; the previous reader)", () => Sse(stream.Bytes, (_, data) =>
                data.SequenceEqual("[DONE]"u8) ? 0 : JsonSerializer.Deserialize(data, chunkInfo)!.Choices?.Count ?? 0)),
            ("ToolKit ReadChunks (hand-written chunk reader + stream state)", () => ToolKitStreamParser.Chunks(stream.Bytes)),
            ("ToolKit ReadUpdates + ChatResponseBuilder", () => ToolKitStreamParser.FinalMessage(stream.Bytes)),
            ("SSE + JsonDocument.Parse of each event (the SDK's first step)", () => Sse(stream.Bytes, static (_, data) =>
            {
                if (data.SequenceEqual("[DONE]"u8))
                {
                    return 0;
                }

                using JsonDocument document = JsonDocument.Parse(data.ToArray());
                return document.RootElement.GetPropertyCount();
            })),
            ("OpenAI SDK: bytes to final message (merged by index)", () => openAi.FinalMessageAsync().GetAwaiter().GetResult()),
        });
    }

    private static int Sse(byte[] bytes, SseItemParser<int> parse)
    {
        int total = 0;
        foreach (SseItem<int> item in SseParser.Create(new MemoryStream(bytes, writable: false), parse).Enumerate())
        {
            total += item.Data;
        }

        return total;
    }

    private static int Walk(ReadOnlySpan<byte> data)
    {
        if (data.SequenceEqual("[DONE]"u8))
        {
            return 0;
        }

        var reader = new Utf8JsonReader(data);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    private static int Compare(RecordedStream stream, int rounds, int baseline, string title, (string Name, Func<object?> Parse)[] cases)
    {

        // Warm up to tier-1 code: at least 60 parses and 1.5 s per case, then let tiered compilation install it.
        foreach ((string _, Func<object?> parse) in cases)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < 60 || Stopwatch.GetElapsedTime(start).TotalSeconds < 1.5; i++)
            {
                s_sink = parse();
            }
        }

        Thread.Sleep(300);
        var ns = new double[cases.Length][];
        var allocated = new long[cases.Length];
        for (int c = 0; c < cases.Length; c++)
        {
            ns[c] = new double[rounds];
        }

        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < cases.Length; k++)
            {
                int c = (r + k) % cases.Length;
                long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                long start = Stopwatch.GetTimestamp();
                s_sink = cases[c].Parse();
                ns[c][r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
                allocated[c] += GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title} of {stream.Bytes.Length:N0} bytes: paired, interleaved; {rounds} rounds of one parse per case."));
        Console.WriteLine();
        Console.WriteLine("| Case | Min (ms) | P10 (ms) | Median (ms) | MB/s (min) | MB/s (median) | Speed vs SDK (min) | Speed vs SDK (median of paired) | Allocated (B/event) | Alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double mb = stream.Bytes.Length / 1e6;
        double baseBytes = (double)allocated[baseline] / rounds;
        for (int c = 0; c < cases.Length; c++)
        {
            var speed = new double[rounds];
            for (int r = 0; r < rounds; r++)
            {
                speed[r] = ns[baseline][r] / ns[c][r];
            }

            double min = ns[c].Min() / 1e6;
            double median = PairedComparison.Percentile(ns[c], 0.5) / 1e6;
            double bytes = (double)allocated[c] / rounds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {cases[c].Name} | {min:F2} | {PairedComparison.Percentile(ns[c], 0.10) / 1e6:F2} | {median:F2} | {mb / (min / 1e3):F0} | {mb / (median / 1e3):F0} | " +
                $"{ns[baseline].Min() / ns[c].Min():F2} | {PairedComparison.Percentile(speed, 0.5):F2} | {bytes / stream.DataEvents:F0} | {bytes / baseBytes:F2} |"));
        }

        Console.WriteLine();
        return s_sink is null ? 1 : 0;
    }
}
