using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using ToolKit.Benchmarks.Dispatch;

namespace ToolKit.Benchmarks.Profiling;

/// <summary>
/// A cross-check of the BenchmarkDotNet numbers that holds up on a busy machine: the cases run in short batches
/// (about 0.25 ms), interleaved round by round in a rotating order, so that background load lands on all of them
/// alike and many batches run without being preempted. Per case it reports the fastest batch, the 10th percentile
/// and the median, their ratios to the baseline case, and the bytes allocated per call. BenchmarkDotNet runs one
/// benchmark after another, so load that comes and goes skews its ratios; this does not.
/// Usage: <c>--paired dispatch|overhead [rounds]</c> (default 2000 rounds).
/// </summary>
public static class PairedComparison
{
    private static int s_sink;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run(string what, int rounds)
    {
        switch (what)
        {
            case "dispatch":
            {
                var b = new DispatchBenchmarks();
                b.Setup();
                Compare("Dispatch, argument JSON to result JSON", rounds, baseline: 3,
                [
                    ("(a) ToolKit generated", b.Generated),
                    ("(a') generated + new ToolCall", b.GeneratedNewToolCall),
                    ("(b) M.E.AI AIFunction", b.MeaiAIFunction),
                    ("(c) hand-written Utf8Json", b.HandWritten),
                    ("(d) STJ source-gen records", b.StjSourceGen),
                ]);
                return 0;
            }

            case "overhead":
            {
                var o = new OverheadBenchmarks();
                o.Setup();
                Compare("Pieces of (a) and what (c) does instead", rounds, baseline: -1,
                [
                    ("GeneratedInput_ArgumentBuffer", () => { s_sink = o.GeneratedInput_ArgumentBuffer(); return null; }),
                    ("FloorInput_ReusedArray", () => { s_sink = o.FloorInput_ReusedArray(); return null; }),
                    ("GeneratedBindState_BindContext", () => { s_sink = o.GeneratedBindState_BindContext() ? 1 : 0; return null; }),
                    ("GeneratedOutput_ResultWriter", o.GeneratedOutput_ResultWriter),
                    ("FloorWriteSplit", o.FloorWriteSplit),
                    ("FloorWriteCombined", o.FloorWriteCombined),
                    ("GeneratedResult_ToolResultJson", o.GeneratedResult_ToolResultJson),
                ]);
                return s_sink >= 0 ? 0 : 1;
            }

            default:
                Console.Error.WriteLine("usage: --paired dispatch|overhead [rounds]");
                return 2;
        }
    }

    private static void Compare(string title, int rounds, int baseline, (string Name, Func<object?> Call)[] cases)
    {
        // Warm every case up to tier-1 code, then size its batch to about 0.25 ms from its fastest trial.
        var batch = new int[cases.Length];
        for (int c = 0; c < cases.Length; c++)
        {
            for (int i = 0; i < 20_000; i++)
            {
                cases[c].Call();
            }

            Thread.Sleep(150); // let tiered compilation install the optimized code
            double nsPerCall = double.MaxValue;
            for (int attempt = 0; attempt < 20; attempt++)
            {
                long start = Stopwatch.GetTimestamp();
                for (int i = 0; i < 100; i++)
                {
                    cases[c].Call();
                }

                nsPerCall = Math.Min(nsPerCall, Stopwatch.GetElapsedTime(start).TotalNanoseconds / 100);
            }

            batch[c] = Math.Max(20, (int)(250_000 / nsPerCall));
        }

        var ns = new double[cases.Length][];
        var allocated = new long[cases.Length];
        var calls = new long[cases.Length];
        for (int c = 0; c < cases.Length; c++)
        {
            ns[c] = new double[rounds];
        }

        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < cases.Length; k++)
            {
                int c = (r + k) % cases.Length; // rotate the order, so that no case always runs first
                Func<object?> call = cases[c].Call;
                int count = batch[c];
                long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                for (int i = 0; i < count; i++)
                {
                    call();
                }

                ns[c][r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / count;
                allocated[c] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                calls[c] += count;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: paired, interleaved; {rounds} rounds of batches of about 0.25 ms ({string.Join(", ", batch)} calls)."));
        Console.WriteLine();
        if (baseline >= 0)
        {
            Console.WriteLine("| Case | Min (ns) | P10 (ns) | Median (ns) | Min ratio | P10 ratio | Median of paired ratios | Allocated (B/call) | Alloc ratio |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        }
        else
        {
            Console.WriteLine("| Case | Min (ns) | P10 (ns) | Median (ns) | Allocated (B/call) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
        }

        for (int c = 0; c < cases.Length; c++)
        {
            double bytes = (double)allocated[c] / calls[c];
            if (baseline < 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {cases[c].Name} | {ns[c].Min():F1} | {Percentile(ns[c], 0.10):F1} | {Percentile(ns[c], 0.5):F1} | {bytes:F0} |"));
                continue;
            }

            var ratios = new double[rounds];
            for (int r = 0; r < rounds; r++)
            {
                ratios[r] = ns[c][r] / ns[baseline][r];
            }

            double baseBytes = (double)allocated[baseline] / calls[baseline];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {cases[c].Name} | {ns[c].Min():F0} | {Percentile(ns[c], 0.10):F0} | {Percentile(ns[c], 0.5):F0} | " +
                $"{ns[c].Min() / ns[baseline].Min():F2} | {Percentile(ns[c], 0.10) / Percentile(ns[baseline], 0.10):F2} | {Percentile(ratios, 0.5):F2} | " +
                $"{bytes:F0} | {bytes / baseBytes:F2} |"));
        }

        Console.WriteLine();
    }

    internal static double Percentile(double[] values, double fraction)
    {
        double[] sorted = (double[])values.Clone();
        Array.Sort(sorted);
        double position = fraction * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
