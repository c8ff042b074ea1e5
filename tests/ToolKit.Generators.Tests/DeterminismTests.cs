using System.Globalization;
using ToolKit.Generators.Tests.Infrastructure;

namespace ToolKit.Generators.Tests;

/// <summary>
/// The same input must give byte-identical output: deterministic builds, and baselines that do not flap. The
/// generator runs inside compilers whose current culture is the user's, so it must not depend on it either.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string[] Cases = ["Travel", "StaticMath", "StrictSearch", "RecursiveTree", "NestedAndGlobal", "TypeCoverage"];

    [Fact]
    public void Running_the_generator_twice_on_the_same_input_yields_identical_text()
    {
        foreach (string name in Cases)
        {
            string source = ProjectPaths.ReadSource(name);

            var first = TestCompilation.Generate(TestCompilation.Create(source)).Sources;
            var second = TestCompilation.Generate(TestCompilation.Create(source)).Sources;

            Assert.NotEmpty(first);
            Assert.Equal(first, second);
        }
    }

    [Theory]
    [InlineData("de-DE")] // decimal comma
    [InlineData("tr-TR")] // dotless i in case mapping
    [InlineData("sv-SE")] // U+2212 minus sign under ICU
    public void The_current_culture_does_not_change_the_output(string culture)
    {
        foreach (string name in Cases)
        {
            string source = ProjectPaths.ReadSource(name);
            var invariant = WithCulture(CultureInfo.InvariantCulture, () => TestCompilation.Generate(TestCompilation.Create(source)).Sources);
            var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => TestCompilation.Generate(TestCompilation.Create(source)).Sources);

            Assert.Equal(invariant, local);
        }
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
