using ToolKit.Emulator.Catalog;

namespace ToolKit.Emulator.Chat;

/// <summary>
/// The providers to try for a model, in order, after <c>provider.only</c>, <c>ignore</c>, <c>order</c> and
/// <c>allow_fallbacks</c>: ordered ones first, then (fallbacks allowed) the rest in their default order.
/// Without fallbacks only the ordered providers, or only the first one, are tried.
/// </summary>
internal static class ProviderRouting
{
    public static IReadOnlyList<string> Candidates(CatalogModel model, ProviderPreferences preferences, EmulatorOptions options)
    {
        var all = options.Providers.TryGetValue(model.Id, out var configured) && configured.Count > 0
            ? configured
            : [ProviderNames.ForAuthor(model.Author)];

        var allowed = all
            .Where(p => preferences.Only.Count == 0 || preferences.Only.Any(o => ProviderNames.Matches(o, p)))
            .Where(p => !preferences.Ignore.Any(i => ProviderNames.Matches(i, p)))
            .ToList();

        var ordered = preferences.Order
            .Select(o => allowed.FirstOrDefault(p => ProviderNames.Matches(o, p)))
            .OfType<string>()
            .Distinct()
            .ToList();

        if (!preferences.AllowFallbacks)
        {
            return ordered.Count > 0 ? ordered : allowed.Take(1).ToList();
        }

        return ordered.Concat(allowed.Except(ordered)).ToList();
    }
}
