using ToolKit.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ToolKit.Generators.Tests;

/// <summary>
/// Snapshot tests: the generated source for representative tool sets must match Baselines/&lt;case&gt;/ exactly, and
/// the input plus the generated code must compile, so every baseline is known to be valid C#.
/// </summary>
public sealed class GeneratedSourceBaselineTests(ITestOutputHelper output)
{
    [Fact]
    public void Travel_style_instance_class_matches_its_baseline() => Verify("Travel", expectedFiles: 1);

    [Fact]
    public void Static_class_of_tools_matches_its_baseline() => Verify("StaticMath", expectedFiles: 1);

    [Fact]
    public void Strict_mode_tools_with_optional_parameters_match_their_baseline() => Verify("StrictSearch", expectedFiles: 1);

    [Fact]
    public void Recursive_types_match_their_baseline() => Verify("RecursiveTree", expectedFiles: 1);

    [Fact]
    public void Nested_partial_types_and_a_global_namespace_type_match_their_baselines() => Verify("NestedAndGlobal", expectedFiles: 4);

    [Fact]
    public void Collections_nullables_dates_json_and_flags_match_their_baseline() => Verify("TypeCoverage", expectedFiles: 1);

    private void Verify(string caseName, int expectedFiles)
    {
        GeneratorOutput result = TestCompilation.Generate(TestCompilation.Create(ProjectPaths.ReadSource(caseName)));

        result.AssertCompilesWithoutErrors();
        Assert.Equal(expectedFiles, result.Sources.Count);
        Baseline.Verify(caseName, result.Sources, output);
    }
}
