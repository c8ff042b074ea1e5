using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.CompilerServices;
using ToolKit.Benchmarks.Agents;
using ToolKit.Benchmarks.Streaming;

namespace ToolKit.Benchmarks.Profiling;

/// <summary>
/// Helpers for finding where the time and the bytes of the streaming and agent-run cases go:
/// <list type="bullet">
/// <item><c>--loop CASE [seconds]</c>: warms the case up until tiered compilation settles, prints <c>measuring pid N</c>, then runs it for the
/// given seconds (default 20). Attach a sampling profiler to that pid meanwhile, for example
/// <c>DOTNET_PerfMapEnabled=1</c> and <c>perf record -F 999 -g -p N</c> (the emulator of the agent cases is another
/// process and stays out of the profile).</item>
/// <item><c>--alloc-profile CASE [seconds]</c>: the same loop with an in-process listener on the runtime's
/// <c>GCAllocationTick</c> events (one per about 100 KB allocated, naming the type that crossed the mark), and
/// prints the sampled bytes per type and per operation.</item>
/// </list>
/// Cases: <c>streaming-toolkit-chunks</c>, <c>streaming-toolkit-final</c>, <c>streaming-floor</c>, <c>streaming-openai-updates</c>,
/// <c>streaming-openai-final</c>, <c>agent-toolkit</c>, <c>agent-meai</c>, <c>agent-floor</c>.
/// </summary>
public static class ProfileProbe
{
    private static object? s_sink;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run(string mode, string name, double seconds)
    {
        AgentSides? sides = null;
        OpenAiStreamParser? openAi = null;
        try
        {
            Func<object?>? operation = null;
            Func<Task>? asyncOperation = null;
            if (name.StartsWith("streaming-", StringComparison.Ordinal))
            {
                RecordedStream stream = RecordedStream.Build();
                openAi = new OpenAiStreamParser(stream.Bytes);
                OpenAiStreamParser parser = openAi;
                operation = name switch
                {
                    "streaming-toolkit-chunks" => () => ToolKitStreamParser.Chunks(stream.Bytes),
                    "streaming-toolkit-final" => () => ToolKitStreamParser.FinalMessage(stream.Bytes),
                    "streaming-floor" => () => HandWrittenStreamParser.FinalMessage(stream.Bytes),
                    "streaming-openai-updates" => () => parser.UpdatesAsync().GetAwaiter().GetResult(),
                    "streaming-openai-final" => () => parser.FinalMessageAsync().GetAwaiter().GetResult(),
                    _ => throw new ArgumentException("Unknown case " + name),
                };
            }
            else
            {
                sides = new AgentSides();
                sides.Verify();
                AgentSides s = sides;
                asyncOperation = name switch
                {
                    "agent-toolkit" => () => s.ToolKitRunAsync(s.ToolKitAgent),
                    "agent-meai" => () => s.MeaiRunAsync(s.MeaiClient),
                    "agent-floor" => () => s.FloorRunAsync(),
                    _ => throw new ArgumentException("Unknown case " + name),
                };
            }

            // Warm up until tiered compilation has settled (a second with fewer than 10 methods compiled, at most 40 s):
            // background JIT work is CPU time of this process.
            for (int second = 0; second < 40; second++)
            {
                long jit = System.Runtime.JitInfo.GetCompiledMethodCount();
                Loop(operation, asyncOperation, 1);
                Thread.Sleep(100);
                if (second >= 2 && System.Runtime.JitInfo.GetCompiledMethodCount() - jit < 10)
                {
                    break;
                }
            }

            using AllocationSampler? sampler = mode == "--alloc-profile" ? new AllocationSampler() : null;
            Console.WriteLine($"measuring pid {Environment.ProcessId}");
            long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            int gen0Before = GC.CollectionCount(0);
            TimeSpan pauseBefore = GC.GetTotalPauseDuration();
            long workItemsBefore = ThreadPool.CompletedWorkItemCount;
            long contentionBefore = Monitor.LockContentionCount;
            long jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
            long operations = Loop(operation, asyncOperation, seconds);
            double cpuUs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds;
            long bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {operations} operations, {cpuUs / operations:F0} µs CPU and {(double)bytes / operations:N0} B allocated per operation; " +
                $"per operation {(GC.GetTotalPauseDuration() - pauseBefore).TotalMicroseconds / operations:F1} µs GC pause, " +
                $"{(double)(ThreadPool.CompletedWorkItemCount - workItemsBefore) / operations:F1} thread-pool work items, " +
                $"{(double)(Monitor.LockContentionCount - contentionBefore) / operations:F2} lock contentions; " +
                $"{GC.CollectionCount(0) - gen0Before} gen0 GCs and {System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore} methods compiled in all."));
            sampler?.Report(operations);
            return 0;
        }
        finally
        {
            openAi?.Dispose();
            sides?.Dispose();
        }
    }

    // Async cases run as one async loop that Main waits on once (so Main does not spin-wait on every run).
    private static long Loop(Func<object?>? operation, Func<Task>? asyncOperation, double seconds) =>
        asyncOperation is null ? Loop(operation!, seconds) : Task.Run(() => LoopAsync(asyncOperation, seconds)).GetAwaiter().GetResult();

    private static async Task<long> LoopAsync(Func<Task> operation, double seconds)
    {
        long count = 0;
        long start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start).TotalSeconds < seconds)
        {
            await operation().ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private static long Loop(Func<object?> operation, double seconds)
    {
        long count = 0;
        long start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start).TotalSeconds < seconds)
        {
            s_sink = operation();
            count++;
        }

        return count;
    }

    /// <summary>Counts the runtime's allocation-tick samples by type.</summary>
    private sealed class AllocationSampler : EventListener
    {
        private readonly Dictionary<string, (long Bytes, int Samples)> _byType = [];
        private bool _on;

        public AllocationSampler() => _on = true;

        public void Report(long operations)
        {
            _on = false;
            KeyValuePair<string, (long Bytes, int Samples)>[] rows;
            lock (_byType)
            {
                rows = [.. _byType.OrderByDescending(r => r.Value.Bytes)];
            }

            long total = rows.Sum(r => r.Value.Bytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Allocation samples: {rows.Sum(r => r.Value.Samples)} ({total / 1e6:F1} MB sampled)."));
            Console.WriteLine();
            Console.WriteLine("| Type | Share | B/op (sampled) |");
            Console.WriteLine("|---|---:|---:|");
            foreach ((string type, (long bytes, int _)) in rows.Take(30))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| `{type}` | {100.0 * bytes / total:F1}% | {(double)bytes / operations:N0} |"));
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!_on || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)
                || eventData.PayloadNames is null || eventData.Payload is null)
            {
                return;
            }

            int typeIndex = eventData.PayloadNames.IndexOf("TypeName");
            int amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
            if (typeIndex < 0 || amountIndex < 0)
            {
                return;
            }

            string type = eventData.Payload[typeIndex] as string ?? "?";
            long amount = Convert.ToInt64(eventData.Payload[amountIndex], CultureInfo.InvariantCulture);
            lock (_byType)
            {
                (long bytes, int samples) = _byType.GetValueOrDefault(type);
                _byType[type] = (bytes + amount, samples + 1);
            }
        }
    }
}
