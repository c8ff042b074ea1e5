using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ToolKit.Benchmarks.ColdStart;

/// <summary>What one cold-start probe produced: how many tools, how many schema bytes, and a checksum over them.</summary>
public readonly record struct ColdStartResult(int Tools, long SchemaBytes, ulong Checksum);

/// <summary>
/// Times how long it takes a fresh process to have the definitions of 50 tools ready to send: every name,
/// description and parameters schema as UTF-8 JSON. Each mode runs in its own method, so that a mode loads
/// only the assemblies it needs; <c>Main</c> reads the clock before and right after <see cref="Measure"/>, and
/// everything that formats the report runs after that.
/// </summary>
public static class ColdStartProbe
{
    /// <summary>Runs one mode: <c>generated</c>, <c>meai</c>, or <c>baseline</c> (nothing: the probe's own cost).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ColdStartResult Measure(string mode) =>
        mode == "generated" ? Generated()
        : mode == "meai" ? Meai()
        : mode == "baseline" ? default
        : new ColdStartResult(-1, 0, 0);

    /// <summary>Prints <c>elapsed-ms mode: ...</c> and returns the exit code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Report(string mode, ColdStartResult result, long start, long end, TimeSpan jitTime, long jitMethods)
    {
        if (result.Tools < 0)
        {
            Console.Error.WriteLine("usage: --cold generated|meai|baseline");
            return 2;
        }

        double elapsedMs = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{elapsedMs:F3} ms {mode}: {result.Tools} tools, {result.SchemaBytes} schema bytes, checksum {result.Checksum:x16}; " +
            $"JIT {jitTime.TotalMilliseconds:F1} ms for {jitMethods} methods; {AppDomain.CurrentDomain.GetAssemblies().Length} assemblies loaded"));
        return mode == "baseline" || result.Tools == 50 ? 0 : 1;
    }

    /// <summary>ToolKit: the generated static definitions; the schemas are compile-time UTF-8 constants.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ColdStartResult Generated()
    {
        IReadOnlyList<ToolDefinition> definitions = FiftyTools.ToolDefinitions;
        long bytes = 0;
        ulong checksum = 0;
        foreach (ToolDefinition definition in definitions)
        {
            checksum = Mix(checksum, definition.Name.Length + definition.Description.Length);
            ReadOnlySpan<byte> schema = definition.ParametersSchema.Span;
            bytes += schema.Length;
            checksum = Mix(checksum, schema);
        }

        return new ColdStartResult(definitions.Count, bytes, checksum);
    }

    /// <summary>Microsoft.Extensions.AI: <c>AIFunctionFactory.Create</c> per method (default options), then each JsonSchema written out as UTF-8.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ColdStartResult Meai()
    {
        var tools = new FiftyTools();
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer);
        long bytes = 0;
        ulong checksum = 0;
        int count = 0;
        foreach (Delegate method in tools.ToolDelegates())
        {
            AIFunction function = AIFunctionFactory.Create(method);
            checksum = Mix(checksum, function.Name.Length + function.Description.Length);
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            function.JsonSchema.WriteTo(writer);
            writer.Flush();
            bytes += buffer.WrittenCount;
            checksum = Mix(checksum, buffer.WrittenSpan);
            count++;
        }

        return new ColdStartResult(count, bytes, checksum);
    }

    private static ulong Mix(ulong hash, long value) => (hash ^ (ulong)value) * 0x100000001b3UL;

    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 0x100000001b3UL;
        }

        return hash;
    }
}
