using System.Runtime.InteropServices;

namespace ToolKit.Emulator;

/// <summary>The command-line host: starts the emulator, prints its URL and key, runs until Ctrl+C.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = EmulatorCommandLine.Parse(args, out var error, out var quiet);
        if (options is null)
        {
            var help = args.Contains("--help") || args.Contains("-h");
            (help ? Console.Out : Console.Error).WriteLine(error);
            return help ? 0 : 2;
        }

        if (!quiet)
        {
            options.Log = Console.Out;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            // Handled here, so the emulator is disposed before the process ends.
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        await using var emulator = await OpenRouterEmulator.StartAsync(options, stop.Token);
        Console.WriteLine($"ToolKit OpenRouter emulator listening on {emulator.BaseUri}");
        Console.WriteLine($"API key: {emulator.ApiKey}");
        Console.WriteLine("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGINT (Ctrl+C) or SIGTERM: a normal stop.
        }

        return 0;
    }
}
