using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using ToolKit.Benchmarks.ColdStart;
using ToolKit.Benchmarks.Dispatch;
using ToolKit.Benchmarks.Profiling;

namespace ToolKit.Benchmarks;

/// <summary>
/// <list type="bullet">
/// <item><c>--cold generated|meai|baseline</c>: one cold-start probe, timed from the first statement of Main to the
/// end of the probe's work; prints the elapsed milliseconds first on its line (cold-start.sh runs it).</item>
/// <item><c>--verify</c>: checks that the dispatch paths agree.</item>
/// <item><c>--paired dispatch|overhead [rounds]</c>: the same cases interleaved in short batches, a cross-check that
/// holds up on a busy machine.</item>
/// <item>Anything else goes to BenchmarkDotNet, for example <c>--filter '*Dispatch*' --job short</c>.</item>
/// </list>
/// See docs/benchmarks.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // First thing: nothing of BenchmarkDotNet, ToolKit or Microsoft.Extensions.AI is loaded yet.
        long start = Stopwatch.GetTimestamp();
        if (args.Length == 2 && args[0] == "--cold")
        {
            ColdStartResult result = ColdStartProbe.Measure(args[1]);
            long end = Stopwatch.GetTimestamp();
            return ColdStartProbe.Report(args[1], result, start, end, JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
        }

        if (args.Length is 2 or 3 && args[0] == "--paired")
        {
            return PairedComparison.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000);
        }

        if (args.Length == 1 && args[0] == "--verify")
        {
            return Verify();
        }

        return RunBenchmarks(args);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Verify()
    {
        var benchmarks = new DispatchBenchmarks();
        benchmarks.Setup();
        Console.WriteLine($"All dispatch paths return: {benchmarks.Generated()}");
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
