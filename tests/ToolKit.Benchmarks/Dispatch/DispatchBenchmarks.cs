using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace ToolKit.Benchmarks.Dispatch;

/// <summary>
/// One tool call, from the model's argument JSON (a string) to the result JSON (a string), four ways.
/// <see cref="Setup"/> checks that all four produce the same result JSON before anything is measured.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class DispatchBenchmarks
{
    /// <summary>The arguments the model sent: every parameter given, the nested record included.</summary>
    public const string ArgumentsJson =
        """{"sku":"KB-2041-BLK","destination":{"street":"12 Rue de Rivoli","city":"Paris","postal_code":"75004","country_code":"FR"},"speed":"express","quantity":3}""";

    private const string CallId = "call_0001";

    private ShippingTools _tools = null!;
    private IToolSet _toolSet = null!;
    private ToolCall _call = null!;
    private ToolContext _context = null!;
    private AIFunction _function = null!;
    private JsonTypeInfo _resultTypeInfo = null!;
    private HandWrittenDispatcher _handWritten = null!;
    private StjDispatcher _stj = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tools = new ShippingTools();
        _toolSet = _tools;
        _call = new ToolCall(CallId, ShippingTools.ToolName, ArgumentsJson);
        _context = ToolContext.For(_call);

        // What a Microsoft.Extensions.AI user writes to get the same JSON names: snake_case properties (the enum
        // carries its own string converter). AIJsonUtilities.DefaultOptions writes indented JSON; both copies here
        // turn that off, so that (b) produces the same compact text as the others and pays nothing for indentation.
        // Created once, as an app registers its tools once.
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = false,
        };
        options.MakeReadOnly();
        _function = AIFunctionFactory.Create(_tools.QuoteShipment, new AIFunctionFactoryOptions
        {
            Name = ShippingTools.ToolName,
            SerializerOptions = options,
        });

        // The OpenAI adapter turns a non-string FunctionResultContent.Result into text with
        // JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(object))): the same,
        // less the indentation.
        var resultOptions = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        resultOptions.MakeReadOnly();
        _resultTypeInfo = resultOptions.GetTypeInfo(typeof(object));

        _handWritten = new HandWrittenDispatcher(_tools);
        _stj = new StjDispatcher(_tools);

        Verify();
    }

    /// <summary>Throws unless the four paths produce the same, expected, result JSON.</summary>
    public void Verify()
    {
        const string expected =
            """{"sku":"KB-2041-BLK","quantity":3,"speed":"express","destination_city":"Paris","destination_country":"FR","price":45.75,"estimated_days":3}""";
        var results = new (string Name, string Json)[]
        {
            ("(a) generated", Generated()),
            ("(a') generated, new ToolCall", GeneratedNewToolCall()),
            ("(b) Microsoft.Extensions.AI", MeaiAIFunction()),
            ("(c) hand-written", HandWritten()),
            ("(d) System.Text.Json source-gen", StjSourceGen()),
        };
        foreach ((string name, string json) in results)
        {
            if (json != expected)
            {
                throw new InvalidOperationException($"{name} produced {json}, expected {expected}.");
            }
        }
    }

    /// <summary>(a) The ToolKit generated dispatcher, through <see cref="IToolSet.InvokeAsync"/>.</summary>
    [Benchmark(Description = "(a) ToolKit generated")]
    public string Generated()
    {
        ToolResult result = Wait(_toolSet.InvokeAsync(_call, _context));
        return result.IsError ? throw new InvalidOperationException(result.Content) : result.Content;
    }

    /// <summary>(a') As (a), with the <see cref="ToolCall"/> built per call, as an agent does when a reply arrives.</summary>
    [Benchmark(Description = "(a') ToolKit generated + new ToolCall")]
    public string GeneratedNewToolCall()
    {
        ToolResult result = Wait(_toolSet.InvokeAsync(new ToolCall(CallId, ShippingTools.ToolName, ArgumentsJson), _context));
        return result.IsError ? throw new InvalidOperationException(result.Content) : result.Content;
    }

    /// <summary>
    /// (b) Microsoft.Extensions.AI: the argument JSON parsed into a dictionary (as the OpenAI adapter does) and
    /// wrapped in <see cref="AIFunctionArguments"/> (as FunctionInvokingChatClient does), the AIFunction invoked,
    /// and its result serialized to text (as the adapter does for the tool message).
    /// </summary>
    [Benchmark(Description = "(b) M.E.AI AIFunction")]
    public string MeaiAIFunction()
    {
        Dictionary<string, object?> parsed = JsonSerializer.Deserialize(ArgumentsJson, MeaiArgumentsContext.Default.DictionaryStringObject)!;
        object? result = Wait(_function.InvokeAsync(new AIFunctionArguments(parsed)));
        return result as string ?? JsonSerializer.Serialize(result, _resultTypeInfo);
    }

    /// <summary>(c) The hand-written Utf8JsonReader/Utf8JsonWriter floor.</summary>
    [Benchmark(Baseline = true, Description = "(c) hand-written Utf8Json")]
    public string HandWritten() => _handWritten.Invoke(ShippingTools.ToolName, ArgumentsJson);

    /// <summary>(d) System.Text.Json source-generated argument and result records.</summary>
    [Benchmark(Description = "(d) STJ source-gen records")]
    public string StjSourceGen() => _stj.Invoke(ShippingTools.ToolName, ArgumentsJson);

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
