using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ToolKit.Generators.Tests.Infrastructure;

/// <summary>Two generator runs with one driver, so that the second run's tracked steps show what was reused.</summary>
internal sealed class IncrementalRun
{
    private IncrementalRun(GeneratorRunResult first, GeneratorRunResult second)
    {
        First = first;
        Second = second;
    }

    public GeneratorRunResult First { get; }

    public GeneratorRunResult Second { get; }

    public static IncrementalRun Of(Compilation before, Func<Compilation, Compilation> edit)
    {
        GeneratorDriver driver = TestCompilation.CreateDriver().RunGenerators(before);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(edit(before));
        return new IncrementalRun(first, driver.GetRunResult().Results.Single());
    }

    /// <summary>The reasons of every output of a named step in the second run.</summary>
    public IReadOnlyList<IncrementalStepRunReason> Reasons(string stepName)
    {
        Assert.True(Second.TrackedSteps.TryGetValue(stepName, out ImmutableArray<IncrementalGeneratorRunStep> steps), $"No step named {stepName} was tracked.");
        return steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
    }

    /// <summary>The reasons of every output step (the source outputs) in the second run.</summary>
    public IReadOnlyList<IncrementalStepRunReason> OutputReasons() =>
        Second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    public static string SourceOf(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
