using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ToolKit.Generators.Model;
using ToolKit.Generators.Tests.Infrastructure;

namespace ToolKit.Generators.Tests;

/// <summary>
/// DESIGN.md §3: nothing from Roslyn goes into the pipeline model. The values of the tracked steps are walked by
/// reflection, down to the items of every equatable array.
/// </summary>
public sealed class PipelineModelTests
{
    // Every step the generator names, so that a step added later is walked too.
    private static readonly string[] StepNames = typeof(ToolGenerator.StepNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Theory]
    [InlineData("Travel")]
    [InlineData("StaticMath")]
    [InlineData("StrictSearch")]
    [InlineData("RecursiveTree")]
    [InlineData("NestedAndGlobal")]
    [InlineData("TypeCoverage")]
    public void Tool_steps_hold_no_symbols_syntax_locations_semantic_models_or_compilations(string source)
    {
        RoslynObjectFinder finder = WalkSteps(ProjectPaths.ReadSource(source));

        Assert.Empty(finder.Findings);

        // The walk reached the bottom of the model, so an empty result means something.
        Assert.Contains(typeof(ToolMethodModel), finder.SeenTypes);
        Assert.Contains(typeof(ToolSetSpec), finder.SeenTypes);
        Assert.Contains(typeof(ParameterSpec), finder.SeenTypes);
        Assert.Contains(typeof(TypeSpec), finder.SeenTypes);
    }

    [Fact]
    public void The_structured_output_step_holds_no_roslyn_objects()
    {
        RoslynObjectFinder finder = WalkSteps("""
            using System.Collections.Generic;
            using ToolKit;

            namespace Demo;

            /// <summary>A trip plan.</summary>
            [StructuredOutput]
            public sealed partial record TripPlan(string City, IReadOnlyList<string> Stops);
            """);

        Assert.Empty(finder.Findings);
        Assert.Contains(typeof(OutputTypeSpec), finder.SeenTypes);
        Assert.Contains(typeof(ObjectSpec), finder.SeenTypes);
    }

    [Fact]
    public void The_walk_finds_a_roslyn_object_nested_in_an_equatable_array()
    {
        // Guards the tests above: a finder that never finds anything would pass them too.
        Location location = Location.Create("Tools.cs", default, default);
        var holder = new[] { new EquatableArray<Holder>([new Holder("plain"), new Holder(location)]) };
        var finder = new RoslynObjectFinder();

        finder.Walk(holder, "root");

        Assert.Contains(finder.Findings, f => f.StartsWith("root[0][1].Value", StringComparison.Ordinal) && f.Contains("Location", StringComparison.Ordinal));
    }

    private static RoslynObjectFinder WalkSteps(string source)
    {
        GeneratorRunResult result = TestCompilation.Generate(TestCompilation.Create(source)).Result;
        var finder = new RoslynObjectFinder();
        int walked = 0;
        foreach (string step in StepNames)
        {
            if (!result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs))
            {
                continue; // the input has nothing for this step
            }

            foreach ((IncrementalGeneratorRunStep run, int i) in runs.Select((r, i) => (r, i)))
            {
                foreach (((object value, _), int j) in run.Outputs.Select((o, j) => (o, j)))
                {
                    finder.Walk(value, $"{step}[{i}].Outputs[{j}]");
                    walked++;
                }
            }
        }

        Assert.True(walked > 0, "No tracked step produced an output to walk.");
        return finder;
    }

    private sealed record Holder(object Value);
}
