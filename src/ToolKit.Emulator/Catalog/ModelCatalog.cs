using System.Collections.Concurrent;
using System.Text.Json;

namespace ToolKit.Emulator.Catalog;

/// <summary>
/// The models the emulator knows: the embedded 2025-12-02 capture of <c>GET /api/v1/models</c>, the synthetic
/// <c>emulator/…</c> models, fault ids (<c>emulator/fail-429</c>) and ids that tests script.
/// </summary>
internal sealed class ModelCatalog
{
    private static readonly Lazy<IReadOnlyList<CatalogModel>> Capture = new(LoadCapture);

    private readonly Dictionary<string, CatalogModel> _known = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<CatalogModel> _synthetic;
    private readonly ConcurrentDictionary<string, CatalogModel> _dynamic = new(StringComparer.Ordinal);

    public ModelCatalog()
    {
        _synthetic = SyntheticModels.Create();
        foreach (var model in Capture.Value.Concat(_synthetic))
        {
            _known[model.Id] = model;
        }
    }

    /// <summary>The captured models, in capture order.</summary>
    public IReadOnlyList<CatalogModel> Captured => Capture.Value;

    /// <summary>What <c>GET /models</c> lists.</summary>
    public IEnumerable<CatalogModel> Listed(bool includeSynthetic) =>
        includeSynthetic ? Capture.Value.Concat(_synthetic).Concat(_dynamic.Values.OrderBy(m => m.Id, StringComparer.Ordinal)) : Capture.Value;

    /// <summary>Makes a scripted id routable (a no-op for ids that already resolve).</summary>
    public void EnsureScripted(string id)
    {
        if (!TryResolve(id, out _))
        {
            _dynamic.TryAdd(id, SyntheticModels.Like(id, id, fault: null));
        }
    }

    /// <summary>Finds a model by id, including <c>emulator/&lt;fault&gt;</c> ids.</summary>
    public bool TryResolve(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogModel? model)
    {
        if (_known.TryGetValue(id, out model) || _dynamic.TryGetValue(id, out model))
        {
            return true;
        }

        const string prefix = "emulator/";
        if (id.StartsWith(prefix, StringComparison.Ordinal)
            && EmulatorFault.TryParse(id[prefix.Length..], out var fault, out _))
        {
            // The served model is reported without the ;parameters.
            var baseName = id.Split(';')[0];
            model = _dynamic.GetOrAdd(id, _ => SyntheticModels.Like(id, baseName, fault));
            return true;
        }

        model = null;
        return false;
    }

    private static IReadOnlyList<CatalogModel> LoadCapture()
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream("ToolKit.Emulator.models.json")
            ?? throw new InvalidOperationException("The embedded model catalog is missing.");
        // The document lives for the process: every model keeps a JsonElement into it.
        var doc = JsonDocument.Parse(stream);
        return doc.RootElement.GetProperty("data").EnumerateArray().Select(e => CatalogModel.FromJson(e)).ToArray();
    }
}
