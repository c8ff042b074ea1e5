namespace ToolKit.Emulator.Faults;

/// <summary>
/// Faults set per model or provider through the library API, and how often each fault source has fired, so a
/// fault with <c>times=N</c> fires N times and then lets requests through.
/// </summary>
internal sealed class FaultRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _fired = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmulatorFault> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmulatorFault> _providers = new(StringComparer.OrdinalIgnoreCase);

    public void SetModelFault(string modelId, EmulatorFault? fault) => Set(_models, "model:" + modelId, modelId, fault);

    public void SetProviderFault(string provider, EmulatorFault? fault) => Set(_providers, "provider:" + provider.ToLowerInvariant(), provider, fault);

    public EmulatorFault? ModelFault(string modelId)
    {
        lock (_gate)
        {
            return _models.GetValueOrDefault(modelId);
        }
    }

    /// <summary>The fault set for a provider under its display name or slug, with the key its firings count under.</summary>
    public (EmulatorFault Fault, string Key)? ProviderFault(string displayName)
    {
        lock (_gate)
        {
            foreach (var (name, fault) in _providers)
            {
                if (Catalog.ProviderNames.Matches(name, displayName))
                {
                    return (fault, "provider:" + name.ToLowerInvariant());
                }
            }

            return null;
        }
    }

    /// <summary>Counts one firing of <paramref name="fault"/> under <paramref name="key"/>, unless it has used up its times.</summary>
    public bool TryFire(string key, EmulatorFault fault)
    {
        lock (_gate)
        {
            var fired = _fired.GetValueOrDefault(key);
            if (fault.Times is { } times && fired >= times)
            {
                return false;
            }

            _fired[key] = fired + 1;
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _fired.Clear();
            _models.Clear();
            _providers.Clear();
        }
    }

    private void Set(Dictionary<string, EmulatorFault> map, string key, string name, EmulatorFault? fault)
    {
        lock (_gate)
        {
            // Setting a fault again starts its count afresh.
            _fired.Remove(key);
            if (fault is null)
            {
                map.Remove(name);
            }
            else
            {
                map[name] = fault;
            }
        }
    }
}
