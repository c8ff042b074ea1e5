using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>
/// The arguments document as a whole: "" means {}, a double-encoded object is tolerated once, and malformed JSON or
/// a non-object is an argument error.
/// </summary>
public sealed class ArgumentDocumentTests
{
    private static readonly IToolSet Tools = new PrimitiveTools();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    [InlineData("{}")]
    [InlineData(" { } ")]
    public async Task An_empty_document_means_an_empty_object(string arguments)
    {
        await AssertReturns(Tools, "primitive_defaults", arguments, """{"text":"hi","letter":"z","flag":true}""");
        await AssertErrors(Tools, "echo_primitives", arguments,
            "$.text: missing required property, expected a string",
            "$.letter: missing required property, expected a string of exactly 1 character",
            "$.flag: missing required property, expected true or false");
    }

    [Fact]
    public async Task A_double_encoded_object_is_unwrapped_once()
    {
        Assert.Equal("Paris", await CallText(Tools, "echo_string", "\"{\\\"value\\\":\\\"Paris\\\"}\""));
        Assert.Equal("Paris", await CallText(Tools, "echo_string", " \"{ \\\"value\\\" : \\\"Paris\\\" }\" "));
        await AssertReturns(Tools, "primitive_defaults", "\"\"", """{"text":"hi","letter":"z","flag":true}""");
        await AssertErrors(Tools, "echo_string", "\"{\\\"value\\\":5}\"", "$.value: expected a string, got 5");
    }

    [Fact]
    public async Task A_triple_encoded_object_is_not_unwrapped_twice()
    {
        string once = """{"value":"Paris"}""";
        string twice = System.Text.Json.JsonSerializer.Serialize(once);
        string thrice = System.Text.Json.JsonSerializer.Serialize(twice);
        Assert.Equal("Paris", await CallText(Tools, "echo_string", twice));

        string[] errors = await CallInvalid(Tools, "echo_string", thrice);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("$: expected a JSON object of arguments, got \"", errors[0], StringComparison.Ordinal);
        Assert.Equal("$.value: missing required property, expected a string", errors[1]);
    }

    [Theory]
    [InlineData("""{"value":""")]
    [InlineData("{\"value\":\"x\"")]
    [InlineData("""{value:"x"}""")]
    [InlineData("""{"value":"x",}""")]
    [InlineData("""{"value":'x'}""")]
    [InlineData("""{"value":"x"} trailing""")]
    [InlineData("""{"value":"x"}{}""")]
    [InlineData("{")]
    [InlineData("\"{\\\"value\\\":\"")]
    public async Task Malformed_json_is_one_argument_error_at_the_root(string arguments)
    {
        string[] errors = await CallInvalid(Tools, "echo_string", arguments);
        Assert.Contains(errors, e => e.StartsWith("$: the arguments are not valid JSON: ", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("missing required property", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"address":{"street":"a",""")]
    [InlineData("""{"address":{"street":"a","floor":1""")]
    [InlineData("""{"address":{"street":"a","city":"b"}""")]
    public async Task Malformed_json_inside_a_nested_value_is_reported_at_the_root(string arguments)
    {
        string[] errors = await CallInvalid(new ObjectTools(), "echo_address", arguments);
        string error = Assert.Single(errors);
        Assert.StartsWith("$: the arguments are not valid JSON: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_found_before_the_json_broke_are_kept()
    {
        string[] errors = await CallInvalid(Tools, "echo_primitives", """{"text":1,"flag":""");
        Assert.Equal(2, errors.Length);
        Assert.Equal("$.text: expected a string, got 1", errors[0]);
        Assert.StartsWith("$: the arguments are not valid JSON: ", errors[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("[{\"value\":\"x\"}]", "an array")]
    [InlineData("5", "5")]
    [InlineData("true", "true")]
    [InlineData("\"Paris\"", "\"Paris\"")]
    public async Task A_document_that_is_not_an_object_is_rejected(string arguments, string found)
    {
        // The required properties are listed too, so that the model sees what the object should hold.
        await AssertErrors(Tools, "echo_string", arguments,
            $"$: expected a JSON object of arguments, got {found}",
            "$.value: missing required property, expected a string");
        await AssertErrors(Tools, "primitive_defaults", arguments, $"$: expected a JSON object of arguments, got {found}");
    }

    [Fact]
    public async Task A_null_document_counts_as_an_empty_object()
    {
        await AssertReturns(Tools, "primitive_defaults", "null", """{"text":"hi","letter":"z","flag":true}""");
        await AssertErrors(Tools, "echo_string", "null", "$.value: missing required property, expected a string");
    }

    [Fact]
    public async Task Property_names_are_matched_exactly_including_escapes()
    {
        Assert.Equal("x", await CallText(Tools, "echo_string", """{"\u0076alue":"x"}"""));
        await AssertErrors(Tools, "echo_string", """{"Value":"x"}""",
            "$.Value: unknown property; expected one of: value",
            "$.value: missing required property, expected a string");
    }

    [Fact]
    public async Task A_repeated_property_takes_the_last_value()
    {
        Assert.Equal("second", await CallText(Tools, "echo_string", """{"value":"first","value":"second"}"""));
    }

    [Fact]
    public async Task Invalid_arguments_produce_a_message_for_the_model_that_lists_every_error()
    {
        ToolResult result = await Call(Tools, "echo_primitives", """{"text":1,"flag":"no","x":0}""");
        Assert.Equal(ToolErrorKind.InvalidArguments, result.ErrorKind);
        Assert.Equal(
            """
            Invalid arguments for tool "echo_primitives". Fix these and call it again:
            $.text: expected a string, got 1
            $.flag: expected true or false, got "no"
            $.x: unknown property; expected one of: text, letter, flag
            $.letter: missing required property, expected a string of exactly 1 character
            """.ReplaceLineEndings("\n"),
            result.Content);
    }
}
