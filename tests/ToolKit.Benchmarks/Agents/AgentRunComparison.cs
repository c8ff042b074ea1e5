using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using ToolKit.Benchmarks.Profiling;

namespace ToolKit.Benchmarks.Agents;

/// <summary>
/// Client CPU time and allocations per agent run, which BenchmarkDotNet cannot give on Linux, measured in this
/// process while the emulator runs in another (<see cref="EmulatorHost"/>). Nothing but the client runs here, so the
/// process's CPU time (<see cref="Environment.CpuUsage"/>, user plus kernel, every thread) and its allocated bytes
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, every thread) over a batch of runs are the client's cost.
/// <list type="bullet">
/// <item><c>--paired agent [rounds]</c>: the sides take turns in batches of 10 sequential runs, the order rotated
/// every round, as <c>--paired dispatch</c> does; per run it reports CPU (minimum, 10th percentile and median batch,
/// and the median of the per-round ratios to (b)), wall time, allocated bytes and the emulator's CPU.</item>
/// <item><c>--concurrent [runs] [rounds]</c>: starts <c>runs</c> (1,000) runs at once, each on its own scripted
/// model id, against one emulator; checks that all of them end with the scripted answer, that 2 tool calls per run
/// ran and that every scripted answer was taken; and reports wall time, client CPU, allocations and latency. The two
/// sides alternate for <c>rounds</c> rounds; the first round of each side also opens its connections.</item>
/// </list>
/// </summary>
public static class AgentRunComparison
{
    private const int BatchRuns = 10;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Paired(int rounds)
    {
        using var sides = new AgentSides();
        Console.WriteLine(sides.Verify());

        // The whole measurement is one async flow on the thread pool, and Main blocks on it once: waiting on each
        // batch from Main would make Main spin (Task.SpinWait, sched_yield) while the emulator answers, CPU time of
        // the harness that would be charged to the clients.
        return Task.Run(() => PairedAsync(sides, rounds)).GetAwaiter().GetResult();
    }

    private static async Task<int> PairedAsync(AgentSides sides, int rounds)
    {
        Console.WriteLine();
        var cases = new (string Name, Func<Task> Run)[]
        {
            ("(a) ToolKit Agent + OpenRouterClient", () => sides.ToolKitRunAsync(sides.ToolKitAgent)),
            ("(b) M.E.AI FunctionInvokingChatClient + OpenAI IChatClient", () => sides.MeaiRunAsync(sides.MeaiClient)),
            ("(c) HttpClient floor: the two requests as bytes", () => sides.FloorRunAsync()),
        };
        const int baseline = 1;

        // Warm up (and open the connections) until tiered compilation has settled: background JIT work is CPU time
        // of this process and would be charged to whichever case happens to run. Rounds of 100 runs per case go on
        // until one compiles fewer than 10 methods (at most 60 rounds).
        int warmupRounds = 0;
        long compiled;
        do
        {
            long jitBefore = JitInfo.GetCompiledMethodCount();
            for (int c = 0; c < cases.Length; c++)
            {
                await RunBatchAsync(cases[c].Run, 100).ConfigureAwait(false);
            }

            await Task.Delay(200).ConfigureAwait(false);
            compiled = JitInfo.GetCompiledMethodCount() - jitBefore;
        }
        while (++warmupRounds < 3 || (compiled >= 10 && warmupRounds < 60));

        long jitAtStart = JitInfo.GetCompiledMethodCount();
        var cpu = new double[cases.Length][];
        var wall = new double[cases.Length][];
        var allocated = new long[cases.Length];
        var emulatorCpu = new double[cases.Length];
        for (int c = 0; c < cases.Length; c++)
        {
            cpu[c] = new double[rounds];
            wall[c] = new double[rounds];
        }

        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < cases.Length; k++)
            {
                int c = (r + k) % cases.Length;
                TimeSpan hostBefore = sides.Emulator.Cpu();
                long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
                long start = Stopwatch.GetTimestamp();
                await RunBatchAsync(cases[c].Run, BatchRuns).ConfigureAwait(false);
                wall[c][r] = Stopwatch.GetElapsedTime(start).TotalMicroseconds / BatchRuns;
                cpu[c][r] = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / BatchRuns;
                allocated[c] += GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
                emulatorCpu[c] += (sides.Emulator.Cpu() - hostBefore).TotalMicroseconds;
            }
        }

        long compiledDuring = JitInfo.GetCompiledMethodCount() - jitAtStart;
        int runs = rounds * BatchRuns;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Agent run, one run = 2 model turns + 2 tool calls: paired, interleaved; {rounds} rounds of {BatchRuns} sequential runs per side, " +
            $"after {warmupRounds} warm-up rounds of 100 runs per side; {compiledDuring} methods compiled while measuring."));
        Console.WriteLine();
        Console.WriteLine("| Case | Client CPU min (µs/run) | P10 | Median | CPU ratio (min) | CPU ratio (median of paired) | Wall median (µs/run) | Allocated (B/run) | Alloc ratio | Emulator CPU (µs/run) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double baseBytes = (double)allocated[baseline] / runs;
        for (int c = 0; c < cases.Length; c++)
        {
            var ratios = new double[rounds];
            for (int r = 0; r < rounds; r++)
            {
                ratios[r] = cpu[c][r] / cpu[baseline][r];
            }

            double bytes = (double)allocated[c] / runs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {cases[c].Name} | {cpu[c].Min():F0} | {PairedComparison.Percentile(cpu[c], 0.10):F0} | {PairedComparison.Percentile(cpu[c], 0.5):F0} | " +
                $"{cpu[c].Min() / cpu[baseline].Min():F2} | {PairedComparison.Percentile(ratios, 0.5):F2} | {PairedComparison.Percentile(wall[c], 0.5):F0} | " +
                $"{bytes:N0} | {bytes / baseBytes:F2} | {emulatorCpu[c] / runs:F0} |"));
        }

        Console.WriteLine();
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Concurrent(int runs, int rounds)
    {
        using var sides = new AgentSides();
        sides.Verify();
        ThreadPool.GetMinThreads(out int workers, out int io);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{runs} runs at once per side, {rounds} rounds; emulator pid {sides.Emulator.ProcessId} at {sides.Emulator.BaseUri}; client min threads {workers}/{io}, {Environment.ProcessorCount} CPUs."));
        Console.WriteLine();
        Console.WriteLine("| Round | Side | Succeeded | Wall (ms) | Client CPU (ms) | Client CPU (µs/run) | Allocated (KB/run) | Latency p50 / p99 / max (ms) | Emulator CPU (ms) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---|---:|");
        bool allOk = true;
        for (int round = 1; round <= rounds; round++)
        {
            bool toolKitFirst = round % 2 == 1;
            for (int s = 0; s < 2; s++)
            {
                bool toolKit = (s == 0) == toolKitFirst;
                allOk &= RunConcurrent(sides, toolKit, round, runs);
            }
        }

        Console.WriteLine();
        Console.WriteLine(allOk ? "All runs succeeded." : "SOME RUNS FAILED.");
        return allOk ? 0 : 1;
    }

    private static bool RunConcurrent(AgentSides sides, bool toolKit, int round, int runs)
    {
        string prefix = string.Create(CultureInfo.InvariantCulture, $"bench/{(toolKit ? 'k' : 'm')}{round:D2}-");
        sides.Emulator.Script(prefix, runs);

        // Built before the clock starts: a run's work is the run, as in the sequential modes.
        var agents = new Agent[runs];
        var clients = new IChatClient[runs];
        for (int i = 0; i < runs; i++)
        {
            if (toolKit)
            {
                agents[i] = sides.CreateAgent(EmulatorHost.ModelId(prefix, i));
            }
            else
            {
                clients[i] = sides.CreateMeaiClient(EmulatorHost.ModelId(prefix, i));
            }
        }

        long callsBefore = sides.Tools.Calls;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        TimeSpan hostBefore = sides.Emulator.Cpu();
        var latency = new double[runs];

        long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
        long start = Stopwatch.GetTimestamp();
        var tasks = new Task[runs];
        for (int i = 0; i < runs; i++)
        {
            long runStart = Stopwatch.GetTimestamp();
            tasks[i] = Timed(toolKit ? sides.ToolKitRunAsync(agents[i]) : sides.MeaiRunAsync(clients[i]), runStart, latency, i);
        }

        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException)
        {
            // Counted below.
        }

        double wallMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        double cpuMs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        double hostMs = (sides.Emulator.Cpu() - hostBefore).TotalMilliseconds;

        int succeeded = tasks.Count(t => t.IsCompletedSuccessfully);
        int pending = sides.Emulator.Pending(prefix, runs);
        long toolCalls = sides.Tools.Calls - callsBefore;
        bool ok = succeeded == runs && pending == 0 && toolCalls == 2L * runs;
        double[] done = [.. latency.Where(l => l > 0)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {round} | {(toolKit ? "(a) ToolKit" : "(b) M.E.AI")} | {succeeded}/{runs} | {wallMs:F0} | {cpuMs:F0} | {cpuMs * 1000 / runs:F0} | {bytes / 1024.0 / runs:F1} | " +
            $"{Pct(done, 0.5):F0} / {Pct(done, 0.99):F0} / {(done.Length == 0 ? 0 : done.Max()):F0} | {hostMs:F0} |"));
        if (!ok)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  FAILED: {runs - succeeded} runs threw, {pending} scripted answers left, {toolCalls} tool calls (expected {2L * runs})."));
            foreach (string message in tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.GetBaseException().Message).Distinct().Take(5))
            {
                Console.WriteLine("  " + message);
            }
        }

        return ok;

        static double Pct(double[] values, double fraction) => values.Length == 0 ? 0 : PairedComparison.Percentile(values, fraction);
    }

    private static async Task Timed(Task run, long start, double[] latency, int index)
    {
        await run.ConfigureAwait(false);
        latency[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static async Task RunBatchAsync(Func<Task> run, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await run().ConfigureAwait(false);
        }
    }
}
