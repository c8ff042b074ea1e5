using Microsoft.CodeAnalysis;
using ToolKit.Generators.Tests.Infrastructure;

namespace ToolKit.Generators.Tests;

/// <summary>
/// The pipeline must reuse its work when an edit cannot change the output, and redo it when one can. The IDE runs
/// the generator on every keystroke, so a model that stops caching costs every user.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string WeatherHint = "Demo.WeatherTools.Tools.g.cs";

    private const string WeatherTools = """
        using System.Threading;
        using System.Threading.Tasks;
        using ToolKit;

        namespace Demo;

        public partial class WeatherTools
        {
            /// <summary>Gets the forecast for a city.</summary>
            /// <param name="city">The city.</param>
            [Tool]
            public string GetForecast(string city, int days = 3) => city + days;

            /// <summary>Gets the current temperature.</summary>
            [Tool]
            public async Task<double> GetTemperatureAsync(string city, CancellationToken cancellationToken)
            {
                await Task.Yield();
                return 21.5;
            }
        }
        """;

    private const string MathTools = """
        using ToolKit;

        namespace Demo;

        public static partial class MathTools
        {
            /// <summary>Adds two integers.</summary>
            [Tool]
            public static int Add(int a, int b) => a + b;
        }
        """;

    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void A_comment_and_a_blank_line_leave_every_step_cached()
    {
        IncrementalRun run = Edit(WeatherTools.Replace("public partial class WeatherTools", "// A comment.\n\npublic partial class WeatherTools", StringComparison.Ordinal));

        AssertAllReused(run);
    }

    [Fact]
    public void A_changed_method_body_leaves_every_step_cached()
    {
        IncrementalRun run = Edit(WeatherTools.Replace("return 21.5;", "return 19.0 + 2.5;", StringComparison.Ordinal));

        AssertAllReused(run);
    }

    [Fact]
    public void An_added_parameter_modifies_the_tool_set_and_its_source()
    {
        IncrementalRun run = Edit(WeatherTools.Replace("int days = 3)", "int days = 3, bool metric = true)", StringComparison.Ordinal));

        AssertSignatureChangeRegenerates(run);
    }

    [Fact]
    public void A_changed_parameter_type_modifies_the_tool_set_and_its_source()
    {
        IncrementalRun run = Edit(WeatherTools.Replace("int days = 3)", "long days = 3)", StringComparison.Ordinal));

        AssertSignatureChangeRegenerates(run);
    }

    [Fact]
    public void A_new_property_on_a_parameter_type_in_another_file_modifies_the_tool_set()
    {
        // The model of a tool includes the types it reaches, wherever they are declared.
        const string Tools = """
            using ToolKit;

            namespace Demo;

            public partial class OrderTools
            {
                [Tool]
                public string Place(Order order) => order.Id;
            }
            """;
        Compilation before = TestCompilation.Create(Tools, "namespace Demo; public sealed record Order(string Id);");
        SyntaxTree orderTree = before.SyntaxTrees.Last();
        SyntaxTree changed = TestCompilation.Parse("namespace Demo; public sealed record Order(string Id, int Quantity);", orderTree.FilePath);

        IncrementalRun run = IncrementalRun.Of(before, c => c.ReplaceSyntaxTree(orderTree, changed));

        Assert.Equal([IncrementalStepRunReason.Modified], run.Reasons(ToolGenerator.StepNames.ToolSets));
        const string Hint = "Demo.OrderTools.Tools.g.cs";
        Assert.DoesNotContain("quantity", IncrementalRun.SourceOf(run.First, Hint), StringComparison.Ordinal);
        Assert.Contains("quantity", IncrementalRun.SourceOf(run.Second, Hint), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_unrelated_file_leaves_the_tool_steps_cached()
    {
        Compilation before = TestCompilation.Create(WeatherTools, MathTools);
        SyntaxTree unrelated = TestCompilation.Parse("namespace Demo; public sealed class Unrelated { public int Value { get; set; } }", "Unrelated.cs");

        IncrementalRun run = IncrementalRun.Of(before, c => c.AddSyntaxTrees(unrelated));

        AssertAllReused(run);
        Assert.Equal(
            run.First.GeneratedSources.Select(s => s.SourceText.ToString()),
            run.Second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    // Edits the WeatherTools file only; MathTools lives in a second file that stays as it is.
    private static IncrementalRun Edit(string newWeatherTools)
    {
        Assert.NotEqual(WeatherTools, newWeatherTools); // the edit must have applied
        Compilation before = TestCompilation.Create(WeatherTools, MathTools);
        SyntaxTree oldTree = before.SyntaxTrees.First();
        return IncrementalRun.Of(before, c => c.ReplaceSyntaxTree(oldTree, TestCompilation.Parse(newWeatherTools, oldTree.FilePath)));
    }

    private static void AssertAllReused(IncrementalRun run)
    {
        IReadOnlyList<IncrementalStepRunReason> methods = run.Reasons(ToolGenerator.StepNames.ToolMethods);
        IReadOnlyList<IncrementalStepRunReason> sets = run.Reasons(ToolGenerator.StepNames.ToolSets);
        IReadOnlyList<IncrementalStepRunReason> outputs = run.OutputReasons();

        Assert.Equal(3, methods.Count);
        Assert.Equal(2, sets.Count);
        Assert.NotEmpty(outputs);
        Assert.All(methods, reason => Assert.Contains(reason, Reused));
        Assert.All(sets, reason => Assert.Contains(reason, Reused));
        Assert.All(outputs, reason => Assert.Contains(reason, Reused));
    }

    private static void AssertSignatureChangeRegenerates(IncrementalRun run)
    {
        // Sets are ordered by type name: Demo.MathTools, then Demo.WeatherTools. Only the edited one changes.
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified], run.Reasons(ToolGenerator.StepNames.ToolSets));
        Assert.Contains(IncrementalStepRunReason.Modified, run.Reasons(ToolGenerator.StepNames.ToolMethods));
        Assert.NotEqual(IncrementalRun.SourceOf(run.First, WeatherHint), IncrementalRun.SourceOf(run.Second, WeatherHint));
        Assert.Equal(IncrementalRun.SourceOf(run.First, "Demo.MathTools.Tools.g.cs"), IncrementalRun.SourceOf(run.Second, "Demo.MathTools.Tools.g.cs"));
    }
}
