namespace ToolKit.Emulator.Tests;

/// <summary>The fault spec syntax shared by the header, the model ids and the library API.</summary>
public sealed class FaultSpecTests
{
    [Theory]
    [InlineData("429", EmulatorFaultKind.HttpError, 429)]
    [InlineData("fail-503", EmulatorFaultKind.HttpError, 503)]
    [InlineData("rate-limit", EmulatorFaultKind.HttpError, 429)]
    [InlineData("404", EmulatorFaultKind.ToolsUnsupported, 404)]
    [InlineData("tools-unsupported", EmulatorFaultKind.ToolsUnsupported, 404)]
    [InlineData("context-too-long", EmulatorFaultKind.ContextTooLong, 400)]
    [InlineData("403", EmulatorFaultKind.Moderation, 403)]
    [InlineData("choice-error", EmulatorFaultKind.ChoiceError, 200)]
    [InlineData("content-filter", EmulatorFaultKind.ContentFilter, 200)]
    [InlineData("empty-choices", EmulatorFaultKind.EmptyChoices, 200)]
    [InlineData("bad-args", EmulatorFaultKind.MalformedArguments, 200)]
    [InlineData("empty-args", EmulatorFaultKind.EmptyArguments, 200)]
    [InlineData("unknown-tool", EmulatorFaultKind.UnknownTool, 200)]
    [InlineData("tools-stop", EmulatorFaultKind.ToolCallsFinishStop, 200)]
    [InlineData("tools-null", EmulatorFaultKind.ToolCallsFinishNull, 200)]
    [InlineData("stream-error", EmulatorFaultKind.StreamError, 200)]
    [InlineData("truncated", EmulatorFaultKind.Truncated, 200)]
    [InlineData("reset", EmulatorFaultKind.ConnectionReset, 200)]
    [InlineData("slow-first-token", EmulatorFaultKind.SlowFirstToken, 200)]
    [InlineData("STALL", EmulatorFaultKind.Stall, 200)]
    public void Names_map_to_kinds(string spec, EmulatorFaultKind kind, int status)
    {
        var fault = EmulatorFault.Parse(spec);

        Assert.Equal((kind, status), (fault.Kind, fault.Status));
    }

    [Fact]
    public void Parameters_are_read()
    {
        var fault = EmulatorFault.Parse("stall; times=2; delay=1500; after=3; code=server_error; name=x; message=boom; retry-after=9");

        Assert.Equal(2, fault.Times);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), fault.Delay);
        Assert.Equal(3, fault.After);
        Assert.Equal("server_error", fault.Code);
        Assert.Equal("x", fault.ToolName);
        Assert.Equal("boom", fault.Message);
        Assert.Equal(9, fault.RetryAfterSeconds);
    }

    [Theory]
    [InlineData("408", true)]
    [InlineData("429", true)]
    [InlineData("500", true)]
    [InlineData("529", true)]
    [InlineData("tools-unsupported", true)]
    [InlineData("context-too-long", true)]
    [InlineData("moderation", true)]
    [InlineData("400", false)]
    [InlineData("401", false)]
    [InlineData("402", false)]
    [InlineData("413", false)]
    [InlineData("422", false)]
    [InlineData("stream-error", false)]
    public void Model_and_provider_failures_are_fallback_eligible_and_request_errors_are_not(string spec, bool eligible)
    {
        Assert.Equal(eligible, EmulatorFault.Parse(spec).IsFallbackEligible);
    }

    [Theory]
    [InlineData("")]
    [InlineData("explode")]
    [InlineData("200")]
    [InlineData("600")]
    [InlineData("503;times=-1")]
    [InlineData("503;delay=soon")]
    [InlineData("503;colour=blue")]
    public void Invalid_specs_are_refused_with_a_reason(string spec)
    {
        Assert.False(EmulatorFault.TryParse(spec, out _, out var error));
        Assert.NotEmpty(error);
        Assert.Throws<FormatException>(() => EmulatorFault.Parse(spec));
    }
}
