namespace ToolKit.Emulator.Accounting;

/// <summary>Credits, usage and the generations served; <c>/credits</c>, <c>/key</c> and <c>/generation</c> read it.</summary>
internal sealed class Ledger(EmulatorOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GenerationRecord> _generations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lookups = new(StringComparer.Ordinal);
    private decimal _credits = options.TotalCredits;
    private decimal _usage;

    public decimal TotalCredits
    {
        get
        {
            lock (_gate)
            {
                return _credits;
            }
        }

        set
        {
            lock (_gate)
            {
                _credits = value;
            }
        }
    }

    public decimal TotalUsage
    {
        get
        {
            lock (_gate)
            {
                return _usage;
            }
        }
    }

    public bool HasCredit
    {
        get
        {
            lock (_gate)
            {
                return _usage < _credits;
            }
        }
    }

    /// <summary>Stores a generation and charges its cost.</summary>
    public void Record(GenerationRecord generation)
    {
        lock (_gate)
        {
            _usage += generation.Cost;
            _generations[generation.Id] = generation;
        }
    }

    /// <summary>
    /// The generation, or null while it is still "being indexed": for the first
    /// <see cref="EmulatorOptions.GenerationNotFoundLookups"/> look-ups and until <see cref="EmulatorOptions.GenerationVisibleAfter"/>.
    /// </summary>
    public GenerationRecord? Lookup(string id, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_generations.TryGetValue(id, out var generation))
            {
                return null;
            }

            var seen = _lookups.GetValueOrDefault(id);
            _lookups[id] = seen + 1;
            if (seen < options.GenerationNotFoundLookups || now - generation.CreatedAt < options.GenerationVisibleAfter)
            {
                return null;
            }

            return generation;
        }
    }
}
