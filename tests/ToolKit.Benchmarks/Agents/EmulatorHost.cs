using System.Diagnostics;
using System.Globalization;
using System.Text;
using ToolKit.Emulator;

namespace ToolKit.Benchmarks.Agents;

/// <summary>
/// The emulator side of the agent-run benchmark, run as a separate process (this app with <c>--emulator-host</c>),
/// so that the client process's CPU time and allocations are the client's alone. It starts an
/// <see cref="OpenRouterEmulator"/> on 127.0.0.1, prints <c>ready BASEURI KEY</c>, and answers one-line commands on
/// standard input until it closes:
/// <list type="bullet">
/// <item><c>script PREFIX N</c>: scripts the models <c>PREFIX0000</c> to <c>PREFIX{N-1}</c> with one run each (the
/// concurrent mode gives every run its own model id, so that 1,000 runs at once cannot take each other's answers);</item>
/// <item><c>pending PREFIX N</c>: how many scripted answers those models have left (0 once every run took both);</item>
/// <item><c>cpu</c>: this process's CPU time so far, in milliseconds;</item>
/// <item><c>bodies N</c>: the last N chat request bodies, base64, one per line after a count line.</item>
/// </list>
/// The model <see cref="SequentialModel"/> is kept topped up with runs in the background, for sequential runs
/// (BenchmarkDotNet and the paired mode): runs one after another take its answers in order, two per run.
/// </summary>
public static class EmulatorHost
{
    /// <summary>The model sequential runs use.</summary>
    public const string SequentialModel = "bench/agent-seq";

    /// <summary>The text of turn 2.</summary>
    public const string Answer = "Paris: 3 dry days, highs of 19 to 23 °C, partly cloudy on Wednesday. 250 EUR is 271.25 USD today.";

    /// <summary>The arguments of the weather call in turn 1.</summary>
    public const string WeatherArguments = """{"city":"Paris","unit":"celsius","days":3}""";

    /// <summary>The arguments of the currency call in turn 1.</summary>
    public const string CurrencyArguments = """{"amount":250,"from":"eur","to":"usd"}""";

    /// <summary>One run's two answers: turn 1 calls both tools, turn 2 answers in text.</summary>
    public static ScriptedResponse[] Run { get; } =
    [
        ScriptedResponse.FromToolCalls(
            new ScriptedToolCall(TravelTools.WeatherTool, WeatherArguments, Id: "call_weather_0001"),
            new ScriptedToolCall(TravelTools.CurrencyTool, CurrencyArguments, Id: "call_currency_0002")),
        ScriptedResponse.FromText(Answer),
    ];

    /// <summary>The model id of run <paramref name="index"/> under <paramref name="prefix"/>.</summary>
    public static string ModelId(string prefix, int index) => prefix + index.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Runs the host until standard input closes.</summary>
    public static int Serve() => ServeAsync().GetAwaiter().GetResult();

    private static async Task<int> ServeAsync()
    {
        // Credits high enough for millions of runs (the emulator charges every completion and answers 402 at the limit).
        var options = new EmulatorOptions { TotalCredits = 1_000_000_000m };
        await using OpenRouterEmulator emulator = await OpenRouterEmulator.StartAsync(options).ConfigureAwait(false);
        var gate = new Lock();
        void TopUp()
        {
            lock (gate)
            {
                if (emulator.PendingScripted(SequentialModel) < 4_000)
                {
                    var answers = new ScriptedResponse[4_000];
                    for (int i = 0; i < answers.Length; i++)
                    {
                        answers[i] = Run[i % 2];
                    }

                    emulator.Script(SequentialModel, answers);
                }
            }
        }

        TopUp();
        using var timer = new Timer(_ => TopUp(), null, 20, 20);
        Console.Out.WriteLine($"ready {emulator.BaseUri} {emulator.ApiKey}");
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["script", string prefix, string count]:
                    for (int i = 0; i < int.Parse(count, CultureInfo.InvariantCulture); i++)
                    {
                        emulator.Script(ModelId(prefix, i), Run);
                    }

                    Console.Out.WriteLine("ok");
                    break;
                case ["pending", string prefix, string count]:
                    int pending = 0;
                    for (int i = 0; i < int.Parse(count, CultureInfo.InvariantCulture); i++)
                    {
                        pending += emulator.PendingScripted(ModelId(prefix, i));
                    }

                    Console.Out.WriteLine(pending.ToString(CultureInfo.InvariantCulture));
                    break;
                case ["cpu"]:
                    Console.Out.WriteLine(Environment.CpuUsage.TotalTime.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
                    break;
                case ["bodies", string count]:
                    RecordedRequest[] chats = [.. emulator.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
                        .TakeLast(int.Parse(count, CultureInfo.InvariantCulture))];
                    Console.Out.WriteLine(chats.Length.ToString(CultureInfo.InvariantCulture));
                    foreach (RecordedRequest chat in chats)
                    {
                        Console.Out.WriteLine(Convert.ToBase64String(Encoding.UTF8.GetBytes(chat.Body)));
                    }

                    break;
                default:
                    Console.Out.WriteLine("error unknown command: " + line);
                    break;
            }
        }

        return 0;
    }
}

/// <summary>The client's handle on the emulator host process: starts it, sends commands, ends it.</summary>
public sealed class EmulatorProcess : IDisposable
{
    /// <summary>Set by <c>Program.Main</c> to this app's assembly, so BenchmarkDotNet's child processes can start the host too.</summary>
    public const string AppVariable = "TOOLKIT_BENCHMARKS_APP";

    private readonly Process _process;
    private readonly Lock _gate = new();

    public EmulatorProcess()
    {
        string app = Environment.GetEnvironmentVariable(AppVariable) is { Length: > 0 } fromParent
            ? fromParent
            : typeof(EmulatorHost).Assembly.Location;
        string appHost = Path.ChangeExtension(app, OperatingSystem.IsWindows() ? ".exe" : null);
        var start = File.Exists(appHost)
            ? new ProcessStartInfo(appHost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { app } };
        start.ArgumentList.Add("--emulator-host");
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator host.");
        string ready = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The emulator host ended before it was ready.");
        string[] words = ready.Split(' ');
        if (words is not ["ready", _, _])
        {
            throw new InvalidOperationException("Unexpected first line from the emulator host: " + ready);
        }

        BaseUri = new Uri(words[1]);
        ApiKey = words[2];
    }

    /// <summary>The emulator's API root (<c>http://127.0.0.1:PORT/api/v1/</c>).</summary>
    public Uri BaseUri { get; }

    /// <summary>The key it accepts.</summary>
    public string ApiKey { get; }

    /// <summary>The host's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Scripts one run each for models <c>PREFIX0000</c> to <c>PREFIX{N-1}</c>.</summary>
    public void Script(string prefix, int runs) => Expect(Command($"script {prefix} {runs}"), "ok");

    /// <summary>Scripted answers still queued for those models.</summary>
    public int Pending(string prefix, int runs) => int.Parse(Command($"pending {prefix} {runs}"), CultureInfo.InvariantCulture);

    /// <summary>The host's CPU time so far.</summary>
    public TimeSpan Cpu() => TimeSpan.FromMilliseconds(double.Parse(Command("cpu"), CultureInfo.InvariantCulture));

    /// <summary>The last <paramref name="count"/> chat request bodies the emulator received.</summary>
    public IReadOnlyList<string> Bodies(int count)
    {
        lock (_gate)
        {
            _process.StandardInput.WriteLine($"bodies {count}");
            _process.StandardInput.Flush();
            int lines = int.Parse(ReadLine(), CultureInfo.InvariantCulture);
            var bodies = new List<string>(lines);
            for (int i = 0; i < lines; i++)
            {
                bodies.Add(Encoding.UTF8.GetString(Convert.FromBase64String(ReadLine())));
            }

            return bodies;
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close(); // the host ends when its input closes
            if (!_process.WaitForExit(10_000))
            {
                _process.Kill();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private string Command(string line)
    {
        lock (_gate)
        {
            _process.StandardInput.WriteLine(line);
            _process.StandardInput.Flush();
            return ReadLine();
        }
    }

    private string ReadLine() =>
        _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The emulator host ended.");

    private static void Expect(string actual, string expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"The emulator host answered \"{actual}\", not \"{expected}\".");
        }
    }
}
