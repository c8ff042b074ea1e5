using System.Text.Json;
using ToolKit.Emulator.Behaviour;
using ToolKit.Emulator.Tests.Support;

namespace ToolKit.Emulator.Tests;

/// <summary>The argument generator always produces schema-valid JSON and prefers values from the prompt.</summary>
public sealed class SchemaValueGeneratorTests
{
    [Theory]
    [InlineData("What's the weather in Paris in celsius?", Requests.ForecastSchema, """{"city":"Paris","unit":"celsius"}""")]
    [InlineData("Weather please", Requests.ForecastSchema, """{"city":"Paris"}""")]
    [InlineData("Book a table for 4 at \"Chez Marcel\" on 2025-12-24",
        """{"type":"object","properties":{"restaurant":{"type":"string"},"people":{"type":"integer","minimum":1},"date":{"type":"string","format":"date"}},"required":["restaurant","people","date"]}""",
        """{"restaurant":"Chez Marcel","people":4,"date":"2025-12-24"}""")]
    [InlineData("Email ada@example.com about New York",
        """{"type":"object","properties":{"to":{"type":"string","format":"email"},"subject":{"type":"string"}},"required":["to","subject"]}""",
        """{"to":"ada@example.com","subject":"New York"}""")]
    [InlineData("search for cheap flights",
        """{"type":"object","properties":{"query":{"type":"string"}},"required":["query"]}""",
        """{"query":"search for cheap flights"}""")]
    public void Arguments_come_from_the_prompt_and_validate(string prompt, string schema, string expected)
    {
        var json = Generate(prompt, schema);

        Assert.Equal(expected, json);
        AssertValid(schema, json);
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"n":{"type":"integer","minimum":10,"maximum":20}},"required":["n"]}""")]
    [InlineData("""{"type":"object","properties":{"x":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":0.5}},"required":["x"]}""")]
    [InlineData("""{"type":"object","properties":{"code":{"type":"string","minLength":12,"maxLength":12}},"required":["code"]}""")]
    [InlineData("""{"type":"object","properties":{"tags":{"type":"array","items":{"type":"string","enum":["a","b","c"]},"minItems":2,"uniqueItems":true}},"required":["tags"]}""")]
    [InlineData("""{"type":"object","properties":{"when":{"type":"string","format":"date-time"},"id":{"type":"string","format":"uuid"},"site":{"type":"string","format":"uri"}},"required":["when","id","site"]}""")]
    [InlineData("""{"type":"object","properties":{"days":{"type":["integer","null"],"default":3},"city":{"type":["string","null"]}},"required":["days","city"],"additionalProperties":false}""")]
    [InlineData("""{"type":"object","properties":{"request":{"$ref":"#/$defs/HotelRequest"}},"required":["request"],"$defs":{"HotelRequest":{"type":"object","properties":{"city":{"type":"string"},"nights":{"type":"integer","minimum":1,"maximum":30},"guest":{"$ref":"#/$defs/Guest"}},"required":["city","nights","guest"],"additionalProperties":false},"Guest":{"type":"object","properties":{"name":{"type":"string"},"vip":{"type":"boolean"}},"required":["name","vip"]}}}""")]
    [InlineData("""{"type":"object","properties":{"node":{"$ref":"#/$defs/Node"}},"required":["node"],"$defs":{"Node":{"type":"object","properties":{"value":{"type":"integer"},"next":{"anyOf":[{"$ref":"#/$defs/Node"},{"type":"null"}]}},"required":["value","next"]}}}""")]
    [InlineData("""{"type":"object","properties":{"shape":{"oneOf":[{"type":"object","properties":{"radius":{"type":"number"}},"required":["radius"]},{"type":"string"}]}},"required":["shape"]}""")]
    [InlineData("""{"type":"object","properties":{"kind":{"const":"fixed"},"mode":{"enum":[1,2,3]},"scores":{"type":"object","additionalProperties":{"type":"integer"}}},"required":["kind","mode","scores"]}""")]
    [InlineData("""{"allOf":[{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]},{"properties":{"b":{"type":"integer"}},"required":["b"]}]}""")]
    [InlineData("""{"type":"object","properties":{"sku":{"type":"string","pattern":"^[A-Z]{3}-\\d{3}$","examples":["ABC-123"]}},"required":["sku"]}""")]
    public void Every_required_value_is_filled_and_the_result_validates(string schema)
    {
        foreach (var prompt in new[] { "Do it", "Do it for Ada Lovelace in London with 15 items, \"quoted\" and 0.25" })
        {
            AssertValid(schema, Generate(prompt, schema));
        }
    }

    [Fact]
    public void Optional_parameters_without_evidence_are_left_out()
    {
        const string schema = """{"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"days":{"type":"integer"},"metric":{"type":"boolean"}},"required":["city"]}""";

        Assert.Equal("""{"city":"Oslo"}""", Generate("Weather in Oslo", schema));
        Assert.Equal("""{"city":"Oslo","country":"Norway","days":2,"metric":true}""", Generate("Weather in Oslo, Norway for 2 days, metric", schema));
    }

    [Fact]
    public void A_sentence_initial_word_is_the_last_choice_for_a_name()
    {
        const string schema = """{"type":"object","properties":{"from":{"type":"string"},"to":{"type":"string"}},"required":["from","to"]}""";

        Assert.Equal("""{"from":"Paris","to":"Rome"}""", Generate("Compare Paris and Rome", schema));
    }

    private static string Generate(string prompt, string schema)
    {
        using var doc = JsonDocument.Parse(schema);
        var facts = new PromptFacts(prompt, SchemaValueGenerator.EnumStrings(doc.RootElement).Select(Words.Stem));
        var node = new SchemaValueGenerator(doc.RootElement, facts).Generate();
        return node!.ToJsonString();
    }

    private static void AssertValid(string schema, string json)
    {
        using var instance = JsonDocument.Parse(json);
        var errors = JsonSchemas.Errors(schema, instance.RootElement);
        Assert.True(errors.Count == 0, $"{json} is invalid: {string.Join("; ", errors)}");
    }
}
