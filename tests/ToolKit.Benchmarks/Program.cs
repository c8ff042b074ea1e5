using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using ToolKit.Benchmarks.Agents;
using ToolKit.Benchmarks.ColdStart;
using ToolKit.Benchmarks.Dispatch;
using ToolKit.Benchmarks.Profiling;
using ToolKit.Benchmarks.Streaming;

namespace ToolKit.Benchmarks;

/// <summary>
/// <list type="bullet">
/// <item><c>--cold generated|meai|baseline</c>: one cold-start probe, timed from the first statement of Main to the
/// end of the probe's work; prints the elapsed milliseconds first on its line (cold-start.sh runs it).</item>
/// <item><c>--verify</c>: checks that the dispatch paths agree, that both stream parsers merge the recorded stream
/// into the same tool calls, and that both agent sides complete a run on the same wire answers.</item>
/// <item><c>--paired dispatch|overhead|streaming|streaming-parts|agent [rounds]</c>: the same cases interleaved in short batches, a
/// cross-check that holds up on a busy machine; for <c>agent</c>, client CPU time per run.</item>
/// <item><c>--concurrent [runs] [rounds]</c>: 1,000 agent runs at once per side against one emulator.</item>
/// <item><c>--loop CASE [seconds]</c> and <c>--alloc-profile CASE [seconds]</c>: one streaming or agent-run case in a
/// loop, for a sampling profiler, or with allocations sampled by type.</item>
/// <item><c>--emulator-host</c>: the emulator process the agent-run modes start (not for direct use).</item>
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

        if (args.Length == 1 && args[0] == "--emulator-host")
        {
            return EmulatorHost.Serve();
        }

        // BenchmarkDotNet's child processes run from a copy of this assembly: tell them where the app is, so the
        // agent-run benchmark can start the emulator host from there.
        Environment.SetEnvironmentVariable(EmulatorProcess.AppVariable, typeof(Program).Assembly.Location);

        if (args.Length is 2 or 3 && args[0] == "--paired")
        {
            int? rounds = args.Length == 3 ? Number(args[2]) : null;
            return args[1] switch
            {
                "streaming" => StreamingComparison.Run(rounds ?? 150),
                "streaming-parts" => StreamingComparison.RunParts(rounds ?? 100),
                "agent" => AgentRunComparison.Paired(rounds ?? 60),
                _ => PairedComparison.Run(args[1], rounds ?? 2000),
            };
        }

        if (args.Length is >= 1 and <= 3 && args[0] == "--concurrent")
        {
            return AgentRunComparison.Concurrent(args.Length >= 2 ? Number(args[1]) : 1000, args.Length == 3 ? Number(args[2]) : 3);
        }

        if (args.Length is 2 or 3 && args[0] is "--loop" or "--alloc-profile")
        {
            return ProfileProbe.Run(args[0], args[1], args.Length == 3 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
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

        RecordedStream stream = RecordedStream.Build();
        using (var openAi = new OpenAiStreamParser(stream.Bytes))
        {
            StreamingParseBenchmarks.Verify(stream, openAi);
        }

        Console.WriteLine("Both stream parsers merge the recorded stream into the same text and tool calls: " + StreamingParseBenchmarks.Describe(stream));

        using (var sides = new AgentSides())
        {
            Console.WriteLine(sides.Verify());
        }

        return 0;
    }

    private static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
