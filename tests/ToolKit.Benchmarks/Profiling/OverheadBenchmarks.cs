using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ToolKit.Benchmarks.Dispatch;
using ToolKit.Internal;

namespace ToolKit.Benchmarks.Profiling;

/// <summary>
/// The pieces that the generated dispatcher (a) does and the hand-written floor (c) does not, or does another way,
/// each timed alone with the public runtime helpers the generated code calls. Run with <c>--filter '*Overhead*'</c>.
/// The <c>Generated*</c> rows are what (a) runs per call; the <c>Floor*</c> rows are what (c) runs instead.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class OverheadBenchmarks
{
    private const string Json = DispatchBenchmarks.ArgumentsJson;

    private readonly byte[] _input = new byte[1024];
    private readonly ArrayBufferWriter<byte> _output = new(512);
    private readonly ShippingQuote _quote = new("KB-2041-BLK", 3, ShippingSpeed.Express, "Paris", "FR", 45.75, 3);
    private Utf8JsonWriter _writer = null!;
    private string _resultJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_output, new JsonWriterOptions { SkipValidation = true });
        _resultJson = ResultWriter.Write(_quote, WriteSplit);
        if (_resultJson != FloorWriteCombined() || _resultJson != FloorWriteSplit())
        {
            throw new InvalidOperationException("The writers disagree.");
        }
    }

    /// <summary>(a) input: <c>ArgumentBuffer.Create</c> (blank check, double-encoding check, ArrayPool rent, transcode) and Dispose (return).</summary>
    [Benchmark]
    public int GeneratedInput_ArgumentBuffer()
    {
        using ArgumentBuffer buffer = ArgumentBuffer.Create(Json);
        return buffer.Span.Length;
    }

    /// <summary>(c) input: transcode into a byte[] the dispatcher keeps.</summary>
    [Benchmark]
    public int FloorInput_ReusedArray() => Encoding.UTF8.GetBytes(Json, _input);

    /// <summary>(a) bind state: a fresh <c>BindContext</c> (about 530 bytes on the stack, zeroed) and the 7 Push/Pop pairs this call makes.</summary>
    [Benchmark]
    public bool GeneratedBindState_BindContext()
    {
        var context = new BindContext();
        context.Push("sku");
        context.Pop();
        context.Push("destination");
        context.Push("street");
        context.Pop();
        context.Push("city");
        context.Pop();
        context.Push("postal_code");
        context.Pop();
        context.Push("country_code");
        context.Pop();
        context.Pop();
        context.Push("speed");
        context.Pop();
        context.Push("quantity");
        context.Pop();
        return context.HasErrors || context.Errors.Count != 0;
    }

    /// <summary>(a) output: <c>ResultWriter.ToResult</c> (thread-static writer cache, delegate call, UTF-8 to string) plus the <c>ToolResult</c>.</summary>
    [Benchmark]
    public string GeneratedOutput_ResultWriter() => ResultWriter.ToResult(_quote, WriteSplit).Content;

    /// <summary>The same writer body as (a), on a writer held in a field: what the ResultWriter wrapper costs.</summary>
    [Benchmark]
    public string FloorWriteSplit()
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        WriteSplit(_writer, _quote);
        _writer.Flush();
        return Encoding.UTF8.GetString(_output.WrittenSpan);
    }

    /// <summary>(c) output: name and value in one <c>WriteString</c>/<c>WriteNumber</c> call, writer held in a field.</summary>
    [Benchmark]
    public string FloorWriteCombined()
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        Utf8JsonWriter w = _writer;
        w.WriteStartObject();
        w.WriteString("sku"u8, _quote.Sku);
        w.WriteNumber("quantity"u8, _quote.Quantity);
        w.WriteString("speed"u8, "express"u8);
        w.WriteString("destination_city"u8, _quote.DestinationCity);
        w.WriteString("destination_country"u8, _quote.DestinationCountry);
        w.WriteNumber("price"u8, _quote.Price);
        w.WriteNumber("estimated_days"u8, _quote.EstimatedDays);
        w.WriteEndObject();
        w.Flush();
        return Encoding.UTF8.GetString(_output.WrittenSpan);
    }

    /// <summary>(a) result object: the <c>ToolResult</c> that wraps the JSON string.</summary>
    [Benchmark]
    public ToolResult GeneratedResult_ToolResultJson() => ToolResult.Json(_resultJson);

    // The body the generator emits for ShippingQuote: WritePropertyName then a value call, ints widened to long.
    private static void WriteSplit(Utf8JsonWriter writer, ShippingQuote value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("sku"u8);
        writer.WriteStringValue(value.Sku);
        writer.WritePropertyName("quantity"u8);
        writer.WriteNumberValue((long)value.Quantity);
        writer.WritePropertyName("speed"u8);
        writer.WriteStringValue("express"u8);
        writer.WritePropertyName("destination_city"u8);
        writer.WriteStringValue(value.DestinationCity);
        writer.WritePropertyName("destination_country"u8);
        writer.WriteStringValue(value.DestinationCountry);
        writer.WritePropertyName("price"u8);
        writer.WriteNumberValue(value.Price);
        writer.WritePropertyName("estimated_days"u8);
        writer.WriteNumberValue((long)value.EstimatedDays);
        writer.WriteEndObject();
    }
}
