using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Tests.Infrastructure;

namespace ToolKit.Generators.Tests;

/// <summary>
/// Every rule is declared once, reported by an analyzer, tracked in AnalyzerReleases.Unshipped.md with its category
/// and severity, documented in docs/diagnostics/TKnnnn.md and listed in docs/diagnostics.md, and its help link
/// points at that page.
/// </summary>
public sealed partial class RuleCatalogTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(ProjectPaths.ProjectDirectory, "..", ".."));

    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> Ids => new(Descriptors.Select(d => d.Id));

    [Fact]
    public void The_ids_run_from_TK0001_to_TK0028_without_gaps_and_match_the_documented_severities()
    {
        Assert.Equal(Enumerable.Range(1, 28).Select(i => $"TK{i:0000}"), Descriptors.Select(d => d.Id));
        Assert.All(Descriptors, d => Assert.Equal(AnalyzerVerifier.Severities[d.Id], d.DefaultSeverity));
    }

    [Fact]
    public void Every_rule_is_supported_by_an_analyzer() =>
        Assert.Equal(Descriptors.Select(d => d.Id), AnalyzerVerifier.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void The_release_file_lists_every_rule_with_its_category_and_severity()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot, "generators", "ToolKit.Generators", "AnalyzerReleases.Unshipped.md"));
        var rows = ReleaseRow().Matches(text).ToDictionary(m => m.Groups["id"].Value, m => (m.Groups["category"].Value, m.Groups["severity"].Value));

        Assert.Equal(Descriptors.Select(d => d.Id), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(Descriptors, d => Assert.Equal((d.Category, d.DefaultSeverity.ToString()), rows[d.Id]));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_a_page_with_a_bad_and_a_good_example_and_a_help_link_to_it(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.Single(d => d.Id == id);
        string page = Path.Combine(RepositoryRoot, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"Missing {page}.");
        string text = File.ReadAllText(page);

        Assert.StartsWith($"# {id}: ", text, StringComparison.Ordinal);
        Assert.Contains("## Bad", text, StringComparison.Ordinal);
        Assert.Contains("## Good", text, StringComparison.Ordinal);
        Assert.Contains("## Why", text, StringComparison.Ordinal);
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);

        string table = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "diagnostics.md"));
        Assert.Contains($"[{id}](diagnostics/{id}.md)", table, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<id>TK\d{4}) \| (?<category>[\w.]+) \| (?<severity>\w+) \|", RegexOptions.Multiline)]
    private static partial Regex ReleaseRow();
}
