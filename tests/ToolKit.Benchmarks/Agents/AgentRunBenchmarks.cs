using BenchmarkDotNet.Attributes;

namespace ToolKit.Benchmarks.Agents;

/// <summary>
/// One agent run with two tool calls against the emulator, which runs in a separate process
/// (<see cref="EmulatorHost"/>): the allocation columns are the client's alone. The time columns are wall time per
/// run, emulator and loopback included; client CPU time is measured by <c>--paired agent</c>
/// (<see cref="AgentRunComparison"/>), which BenchmarkDotNet has no diagnoser for on Linux.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class AgentRunBenchmarks
{
    private AgentSides _sides = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sides = new AgentSides();
        _sides.Verify();
    }

    [GlobalCleanup]
    public void Cleanup() => _sides.Dispose();

    [Benchmark(Description = "(a) ToolKit Agent + OpenRouterClient")]
    public Task<string> ToolKit() => _sides.ToolKitRunAsync(_sides.ToolKitAgent);

    [Benchmark(Baseline = true, Description = "(b) M.E.AI FunctionInvokingChatClient + OpenAI IChatClient")]
    public Task<string> Meai() => _sides.MeaiRunAsync(_sides.MeaiClient);

    [Benchmark(Description = "(c) HttpClient floor: the two requests as bytes")]
    public Task<int> HttpFloor() => _sides.FloorRunAsync();
}
