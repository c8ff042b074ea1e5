using ToolKit.Emulator.Accounting;
using ToolKit.Emulator.Catalog;
using ToolKit.Emulator.Chat;
using ToolKit.Emulator.Faults;

namespace ToolKit.Emulator.Server;

/// <summary>Everything the request handlers share: options, catalog, scripts, faults, ledger, ids and the request log.</summary>
internal sealed class EmulatorState(EmulatorOptions options)
{
    // Enough for any test; bounds memory when the command-line host runs for days.
    private const int MaxRecorded = 10_000;

    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public EmulatorOptions Options { get; } = options;

    public ModelCatalog Catalog { get; } = new();

    public ScriptRegistry Scripts { get; } = new();

    public FaultRegistry Faults { get; } = new();

    public Ledger Ledger { get; } = new(options);

    public IdGenerator Ids { get; } = new(options.RandomSeed);

    /// <summary>Cancelled when the emulator stops, so delays and stalls end at once.</summary>
    public CancellationTokenSource Stopping { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            if (_requests.Count == MaxRecorded)
            {
                _requests.RemoveAt(0);
            }

            _requests.Add(request);
        }
    }
}
