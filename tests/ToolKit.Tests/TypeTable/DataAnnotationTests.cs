using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>
/// DataAnnotations become schema keywords and generated checks: [Range] (with exclusive bounds), [StringLength],
/// [MinLength]/[MaxLength] on strings and collections, [Length], [RegularExpression], [EmailAddress] and [Url].
/// </summary>
public sealed class DataAnnotationTests
{
    private static readonly IToolSet Tools = new AnnotationTools();

    [Theory]
    [InlineData("percent", """{"type":"number","minimum":0,"maximum":100}""")]
    [InlineData("open_unit_interval", """{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}""")]
    [InlineData("exclusive_integer", """{"type":"integer","minimum":1,"maximum":9}""")]
    [InlineData("narrowed_byte", """{"type":"integer","minimum":0,"maximum":50}""")]
    [InlineData("price", """{"type":"number","minimum":0.01,"maximum":1000}""")]
    [InlineData("code", """{"type":"string","minLength":3,"maxLength":8}""")]
    [InlineData("short_text", """{"type":"string","maxLength":5}""")]
    [InlineData("long_text", """{"type":"string","minLength":2}""")]
    [InlineData("length_text", """{"type":"string","minLength":2,"maxLength":4}""")]
    [InlineData("tags", """{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":3}""")]
    [InlineData("sized_list", """{"type":"array","items":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"minItems":2,"maxItems":4}""")]
    [InlineData("sku", """{"type":"string","pattern":"^[A-Z]{3}-[0-9]{4}$"}""")]
    [InlineData("email", """{"type":"string","format":"email"}""")]
    [InlineData("website", """{"type":"string","format":"uri"}""")]
    public void Annotations_become_schema_keywords(string tool, string valueSchema) =>
        AssertSchema(Tools, tool, ValueSchema(valueSchema));

    [Fact]
    public void Annotations_on_record_members_apply_to_the_member_schema()
    {
        AssertSchema(Tools, "register", """
            {"type":"object","properties":{"signup":{"type":"object","properties":{
                "email":{"type":"string","format":"email"},
                "age":{"type":"integer","minimum":13,"maximum":120},
                "homepage":{"type":["string","null"],"format":"uri","default":null},
                "interests":{"type":["array","null"],"items":{"type":"string"},"minItems":1,"maxItems":3,"default":null}},
              "required":["email","age"],"additionalProperties":false}},
             "required":["signup"],"additionalProperties":false}
            """);
    }

    [Theory]
    [InlineData("percent", "0")]
    [InlineData("percent", "100")]
    [InlineData("open_unit_interval", "0.5")]
    [InlineData("open_unit_interval", "1e-9")]
    [InlineData("exclusive_integer", "1")]
    [InlineData("exclusive_integer", "9")]
    [InlineData("narrowed_byte", "50")]
    [InlineData("price", "0.01")]
    [InlineData("price", "1000")]
    [InlineData("code", "\"abc\"")]
    [InlineData("code", "\"abcdefgh\"")]
    [InlineData("short_text", "\"\"")]
    [InlineData("short_text", "\"😀😀😀😀😀\"")]
    [InlineData("long_text", "\"ab\"")]
    [InlineData("length_text", "\"abcd\"")]
    [InlineData("tags", "[\"a\"]")]
    [InlineData("tags", "[\"a\",\"b\",\"c\"]")]
    [InlineData("sized_list", "[1,2]")]
    [InlineData("sized_list", "[1,2,3,4]")]
    [InlineData("sku", "\"ABC-1234\"")]
    [InlineData("email", "\"ada@example.com\"")]
    [InlineData("website", "\"https://example.com/x\"")]
    public async Task Values_within_the_limits_round_trip(string tool, string value)
    {
        ToolResult result = await Call(Tools, tool, """{"value":%value%}""".Replace("%value%", value));
        Assert.True(result.ErrorKind == ToolErrorKind.None, result.ToString());
        AssertJsonEqual(value, result.IsJson ? result.Content : System.Text.Json.JsonSerializer.Serialize(result.Content));
    }

    [Theory]
    [InlineData("percent", "100.5", "a number from 0 to 100")]
    [InlineData("percent", "-1", "a number from 0 to 100")]
    [InlineData("open_unit_interval", "0", "a number greater than 0 and less than 1")]
    [InlineData("open_unit_interval", "1", "a number greater than 0 and less than 1")]
    [InlineData("exclusive_integer", "0", "an integer from 1 to 9")]
    [InlineData("exclusive_integer", "10", "an integer from 1 to 9")]
    [InlineData("narrowed_byte", "51", "an integer from 0 to 50")]
    [InlineData("price", "0", "a number from 0.01 to 1000")]
    [InlineData("price", "1000.01", "a number from 0.01 to 1000")]
    public async Task Numbers_outside_the_range_are_rejected(string tool, string value, string expected) =>
        await AssertErrors(Tools, tool, """{"value":%value%}""".Replace("%value%", value), $"$.value: expected {expected}, got {value}");

    [Theory]
    [InlineData("code", "ab", "a string of 3 to 8 characters", "a string of 2 characters")]
    [InlineData("code", "abcdefghi", "a string of 3 to 8 characters", "a string of 9 characters")]
    [InlineData("short_text", "abcdef", "a string of at most 5 characters", "a string of 6 characters")]
    [InlineData("short_text", "😀😀😀😀😀😀", "a string of at most 5 characters", "a string of 6 characters")]
    [InlineData("long_text", "a", "a string of at least 2 characters", "a string of 1 character")]
    [InlineData("length_text", "abcde", "a string of 2 to 4 characters", "a string of 5 characters")]
    public async Task Strings_outside_the_length_limits_are_rejected(string tool, string value, string expected, string found) =>
        await AssertErrors(Tools, tool, """{"value":"%value%"}""".Replace("%value%", value), $"$.value: expected {expected}, got {found}");

    [Theory]
    [InlineData("tags", "[]", "an array of 1 to 3 items", "0 items")]
    [InlineData("tags", "[\"a\",\"b\",\"c\",\"d\"]", "an array of 1 to 3 items", "4 items")]
    [InlineData("sized_list", "[1]", "an array of 2 to 4 items", "1 item")]
    [InlineData("sized_list", "[1,2,3,4,5]", "an array of 2 to 4 items", "5 items")]
    public async Task Collections_outside_the_size_limits_are_rejected(string tool, string value, string expected, string found) =>
        await AssertErrors(Tools, tool, """{"value":%value%}""".Replace("%value%", value), $"$.value: expected {expected}, got {found}");

    [Theory]
    [InlineData("sku", "abc-1234", "a string matching the pattern ^[A-Z]{3}-[0-9]{4}$")]
    [InlineData("sku", "ABC-12345", "a string matching the pattern ^[A-Z]{3}-[0-9]{4}$")]
    [InlineData("email", "nope", "an e-mail address")]
    [InlineData("email", "a@b@c", "an e-mail address")]
    [InlineData("email", "@example.com", "an e-mail address")]
    [InlineData("website", "nope", "an absolute URI")]
    [InlineData("website", "/etc/passwd", "an absolute URI")]
    public async Task Strings_that_break_a_pattern_or_format_are_rejected(string tool, string value, string expected) =>
        await AssertErrors(Tools, tool, """{"value":"%value%"}""".Replace("%value%", value), $"$.value: expected {expected}, got \"{value}\"");

    [Fact]
    public async Task A_found_string_with_a_line_break_is_quoted_on_one_line()
    {
        // Each error is one line of the message the model reads, so the found value is JSON-escaped.
        await AssertErrors(Tools, "sku", """{"value":"AB\nC-1234"}""", "$.value: expected a string matching the pattern ^[A-Z]{3}-[0-9]{4}$, got \"AB\\nC-1234\"");
        await AssertErrors(Tools, "email", """{"value":"a\"b"}""", "$.value: expected an e-mail address, got \"a\\\"b\"");
    }

    [Fact]
    public async Task Format_checked_members_still_need_a_string()
    {
        await AssertErrors(Tools, "email", """{"value":5}""", "$.value: expected an e-mail address string, got 5");
        await AssertErrors(Tools, "website", """{"value":true}""", "$.value: expected an absolute URI string, got true");
        await AssertErrors(Tools, "code", """{"value":12345}""", "$.value: expected a string of 3 to 8 characters, got 12345");
    }

    [Fact]
    public async Task Nested_annotations_are_checked_at_the_nested_path()
    {
        Assert.Equal("ada@example.com|36|https://ada.dev/|2",
            await CallText(Tools, "register", """{"signup":{"email":"ada@example.com","age":36,"homepage":"https://ada.dev/","interests":["math","poetry"]}}"""));
        await AssertErrors(Tools, "register", """{"signup":{"email":"ada","age":12,"homepage":"ada.dev","interests":[]}}""",
            "$.signup.email: expected an e-mail address, got \"ada\"",
            "$.signup.age: expected an integer from 13 to 120, got 12",
            "$.signup.homepage: expected an absolute URI, got \"ada.dev\"",
            "$.signup.interests: expected an array of 1 to 3 items or null, got 0 items");
    }
}
