using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ToolKit.Chat;

namespace ToolKit.Benchmarks.Streaming;

/// <summary>
/// Parsing a recorded 1 MB streamed tool-call answer (<see cref="RecordedStream"/>), ToolKit against the OpenAI .NET
/// SDK. <see cref="Setup"/> throws unless both sides merge it into the same text, tool calls and finish reason.
/// Extra columns: throughput (MB/s, 10^6 bytes, from the mean and from the minimum), bytes allocated per data
/// event, and throughput relative to the baseline (the SDK with merging).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[Config(typeof(StreamingColumns))]
public class StreamingParseBenchmarks
{
    private RecordedStream _stream = null!;
    private OpenAiStreamParser _openAi = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stream = RecordedStream.Build();
        _openAi = new OpenAiStreamParser(_stream.Bytes);
        Verify(_stream, _openAi);
    }

    [GlobalCleanup]
    public void Cleanup() => _openAi.Dispose();

    [Benchmark(Description = "ToolKit: bytes to chunks")]
    public int ToolKitChunks() => ToolKitStreamParser.Chunks(_stream.Bytes);

    [Benchmark(Description = "ToolKit: bytes to final message (ChatResponseBuilder)")]
    public ChatResponse ToolKitFinalMessage() => ToolKitStreamParser.FinalMessage(_stream.Bytes);

    [Benchmark(Description = "Floor: SseParser + one Utf8JsonReader pass, merged in place")]
    public MergedAnswer HandWrittenFloor() => HandWrittenStreamParser.FinalMessage(_stream.Bytes);

    [Benchmark(Description = "OpenAI SDK: bytes to updates")]
    public Task<int> OpenAiUpdates() => _openAi.UpdatesAsync();

    [Benchmark(Baseline = true, Description = "OpenAI SDK: bytes to final message (merged by index)")]
    public Task<MergedAnswer> OpenAiFinalMessage() => _openAi.FinalMessageAsync();

    /// <summary>Throws unless both sides see every chunk and merge the stream into the expected answer.</summary>
    public static void Verify(RecordedStream stream, OpenAiStreamParser openAi)
    {
        var expected = new MergedAnswer(stream.Text, stream.ToolCalls, "tool_calls");
        MergedAnswer toolKit = ToolKitStreamParser.ToMerged(ToolKitStreamParser.FinalMessage(stream.Bytes));
        MergedAnswer sdk = openAi.FinalMessageAsync().GetAwaiter().GetResult();
        Check("ToolKit", toolKit);
        Check("OpenAI SDK", sdk);
        Check("hand-written floor", HandWrittenStreamParser.FinalMessage(stream.Bytes));

        // Every JSON chunk but the usage one has a choice; ReadChunks must yield them all.
        int chunks = ToolKitStreamParser.Chunks(stream.Bytes);
        if (chunks != stream.DataEvents)
        {
            throw new InvalidOperationException($"ToolKit read {chunks} chunks; the stream has {stream.DataEvents}.");
        }

        void Check(string who, MergedAnswer actual)
        {
            if (actual.Text != expected.Text || actual.FinishReason != expected.FinishReason
                || !actual.ToolCalls.SequenceEqual(expected.ToolCalls))
            {
                throw new InvalidOperationException(
                    $"{who} merged the stream differently: text \"{actual.Text}\", finish {actual.FinishReason}, " +
                    $"{actual.ToolCalls.Count} calls ({string.Join(", ", actual.ToolCalls.Select(c => $"{c.Index} {c.Id} {c.Name} {c.Arguments.Length} chars"))}).");
            }
        }
    }

    /// <summary>Describes the stream, for the docs.</summary>
    public static string Describe(RecordedStream stream) => string.Create(CultureInfo.InvariantCulture,
        $"{stream.Bytes.Length:N0} bytes, {stream.DataEvents:N0} data events, {stream.Comments} comments, " +
        $"{stream.ToolCalls.Count} tool calls with {stream.ToolCalls.Sum(c => c.Arguments.Length):N0} characters of arguments " +
        $"({string.Join(" + ", stream.ToolCalls.Select(c => c.Arguments.Length.ToString("N0", CultureInfo.InvariantCulture)))}).");

    /// <summary>The MB/s, B/event and throughput-ratio columns.</summary>
    private sealed class StreamingColumns : ManualConfig
    {
        public StreamingColumns()
        {
            RecordedStream stream = RecordedStream.Build();
            AddColumn(
                new StreamColumn("MB/s (mean)", "Throughput from the mean, 10^6 bytes per second", (s, c) => Throughput(s, c, stream, useMin: false)),
                new StreamColumn("MB/s (min)", "Throughput from the fastest iteration", (s, c) => Throughput(s, c, stream, useMin: true)),
                new StreamColumn("Speed vs SDK", "Baseline mean / this mean (above 1: faster than the OpenAI SDK with merging)", SpeedRatio),
                new StreamColumn("B/event", "Bytes allocated per data event of the stream", (s, c) =>
                {
                    long? bytes = s[c]?.GcStats.GetBytesAllocatedPerOperation(c);
                    return bytes is null ? "?" : ((double)bytes.Value / stream.DataEvents).ToString("F0", CultureInfo.InvariantCulture);
                }));
        }

        private static string Throughput(Summary summary, BenchmarkCase benchmark, RecordedStream stream, bool useMin)
        {
            BenchmarkDotNet.Mathematics.Statistics? statistics = summary[benchmark]?.ResultStatistics;
            if (statistics is null)
            {
                return "?";
            }

            double ns = useMin ? statistics.Min : statistics.Mean;
            return (stream.Bytes.Length / ns * 1e9 / 1e6).ToString("F1", CultureInfo.InvariantCulture);
        }

        private static string SpeedRatio(Summary summary, BenchmarkCase benchmark)
        {
            BenchmarkCase? baseline = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline);
            double? baseMean = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
            double? mean = summary[benchmark]?.ResultStatistics?.Mean;
            return baseMean is null || mean is null ? "?" : (baseMean.Value / mean.Value).ToString("F2", CultureInfo.InvariantCulture);
        }
    }

    private sealed class StreamColumn(string name, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
    {
        public string Id => nameof(StreamColumn) + "." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
