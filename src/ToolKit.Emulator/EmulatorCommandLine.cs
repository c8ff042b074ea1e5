using System.Globalization;

namespace ToolKit.Emulator;

/// <summary>The command-line options of the emulator host (<c>dotnet run --project src/ToolKit.Emulator -- …</c>).</summary>
internal static class EmulatorCommandLine
{
    public const string Usage = """
        ToolKit OpenRouter emulator: an OpenRouter-compatible server on 127.0.0.1.

        Options:
          --port N            port to bind (default 0: any free port)
          --key KEY           accepted API key (repeatable; default sk-or-v1-emulator-key)
          --credits USD       credits bought (default 10)
          --list-synthetic    also list the emulator/* models in GET /models
          --seed N            seed for ids (byte-reproducible responses)
          --quiet             do not log requests
          --help              show this text
        """;

    /// <summary>Options from arguments; null with <paramref name="error"/> set when they are wrong, or for --help.</summary>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args, out string? error, out bool quiet)
    {
        var options = new EmulatorOptions();
        var keys = new List<string>();
        error = null;
        quiet = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--port":
                        options.Port = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
                        break;
                    case "--key":
                        keys.Add(Value());
                        break;
                    case "--credits":
                        options.TotalCredits = decimal.Parse(Value(), NumberStyles.Number, CultureInfo.InvariantCulture);
                        break;
                    case "--list-synthetic":
                        options.ListSyntheticModels = true;
                        break;
                    case "--seed":
                        options.RandomSeed = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                        break;
                    case "--quiet":
                        quiet = true;
                        break;
                    case "--help" or "-h":
                        error = Usage;
                        return null;
                    default:
                        error = $"Unknown option {args[i]}.\n\n{Usage}";
                        return null;
                }
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                error = $"{e.Message}\n\n{Usage}";
                return null;
            }
        }

        if (options.Port is < 0 or > 65535)
        {
            error = $"--port must be 0 to 65535.\n\n{Usage}";
            return null;
        }

        if (keys.Count > 0)
        {
            options.ApiKeys.Clear();
            foreach (var key in keys)
            {
                options.ApiKeys.Add(key);
            }
        }

        return options;
    }
}
