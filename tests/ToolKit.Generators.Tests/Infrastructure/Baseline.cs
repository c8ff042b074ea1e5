using Xunit.Abstractions;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated files with the files under Baselines/&lt;case&gt;/, one file per hint name. With
/// TOOLKIT_UPDATE_BASELINES=1 the baselines are rewritten instead (see README.md).
/// </summary>
internal static class Baseline
{
    public const string UpdateVariable = "TOOLKIT_UPDATE_BASELINES";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void Verify(string caseName, IReadOnlyList<(string HintName, string Text)> generated, ITestOutputHelper output)
    {
        string directory = ProjectPaths.BaselineDirectory(caseName);
        if (Updating)
        {
            Update(directory, generated, output);
            return;
        }

        Assert.True(Directory.Exists(directory), $"No baseline folder {directory}; run the tests with {UpdateVariable}=1 to create it.");
        var expectedNames = Directory.GetFiles(directory, "*.cs").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedNames, generated.Select(g => g.HintName).Order(StringComparer.Ordinal).ToList());

        foreach ((string hintName, string text) in generated)
        {
            string expected = Normalize(File.ReadAllText(Path.Combine(directory, hintName)));
            string actual = Normalize(text);
            if (expected != actual)
            {
                (int line, string expectedLine, string actualLine) = FirstDifference(expected, actual);
                Assert.Fail($"{caseName}/{hintName} differs from its baseline at line {line}.{Environment.NewLine}" +
                    $"  expected: {expectedLine}{Environment.NewLine}" +
                    $"  actual:   {actualLine}{Environment.NewLine}" +
                    $"If the change is intended, run the tests with {UpdateVariable}=1 and review the diff of Baselines/.");
            }
        }
    }

    private static void Update(string directory, IReadOnlyList<(string HintName, string Text)> generated, ITestOutputHelper output)
    {
        Directory.CreateDirectory(directory);
        var keep = generated.Select(g => g.HintName).ToHashSet(StringComparer.Ordinal);
        foreach (string stale in Directory.GetFiles(directory, "*.cs").Where(f => !keep.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale);
            output.WriteLine($"Deleted stale baseline {stale}");
        }

        foreach ((string hintName, string text) in generated)
        {
            string path = Path.Combine(directory, hintName);
            if (File.Exists(path) && Normalize(File.ReadAllText(path)) == Normalize(text))
            {
                output.WriteLine($"Baseline unchanged {path}");
                continue;
            }

            File.WriteAllText(path, Normalize(text));
            output.WriteLine($"Updated baseline {path}");
        }
    }

    // Only line endings are normalized: every other character of the output is part of the contract.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static (int Line, string Expected, string Actual) FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return (i + 1, i < a.Length ? a[i] : "<end of file>", i < b.Length ? b[i] : "<end of file>");
    }
}
