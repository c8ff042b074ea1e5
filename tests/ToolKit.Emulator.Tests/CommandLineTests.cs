namespace ToolKit.Emulator.Tests;

/// <summary>Arguments of <c>dotnet run --project src/ToolKit.Emulator -- …</c>.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Options_are_read_from_the_arguments()
    {
        var options = EmulatorCommandLine.Parse(["--port", "5080", "--key", "a", "--key", "b", "--credits", "2.5", "--list-synthetic", "--seed", "7", "--quiet"],
            out var error, out var quiet);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(5080, options.Port);
        Assert.Equal(["a", "b"], options.ApiKeys);
        Assert.Equal(2.5m, options.TotalCredits);
        Assert.True(options.ListSyntheticModels);
        Assert.Equal(7, options.RandomSeed);
        Assert.True(quiet);
    }

    [Fact]
    public void No_arguments_mean_the_defaults()
    {
        var options = EmulatorCommandLine.Parse([], out var error, out var quiet);

        Assert.Null(error);
        Assert.Equal(0, options!.Port);
        Assert.Equal(["sk-or-v1-emulator-key"], options.ApiKeys);
        Assert.False(quiet);
    }

    [Theory]
    [InlineData("--port", "x")]
    [InlineData("--port", "70000")]
    [InlineData("--port")]
    [InlineData("--bogus")]
    public void Bad_arguments_give_an_error_with_the_usage(params string[] args)
    {
        var options = EmulatorCommandLine.Parse(args, out var error, out _);

        Assert.Null(options);
        Assert.Contains("Options:", error, StringComparison.Ordinal);
    }
}
