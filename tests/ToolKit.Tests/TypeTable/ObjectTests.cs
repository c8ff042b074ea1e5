using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>
/// Type table row: a record, class or struct is an object with properties, required and additionalProperties: false,
/// bound through public constructor parameters or settable properties. Optional members (a default value, or a
/// property that has a default) are left out of required and carry <c>default</c>.
/// </summary>
public sealed class ObjectTests
{
    private static readonly IToolSet Tools = new ObjectTools();

    private const string Int = "\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647";

    [Fact]
    public void A_positional_record_requires_the_constructor_parameters_without_defaults()
    {
        AssertSchema(Tools, "echo_address", """
            {"type":"object","properties":{"address":{"type":"object","properties":{
                "street":{"type":"string"},
                "city":{"type":"string"},
                "zip":{"type":["string","null"],"default":null},
                "floor":{%Int%,"default":0}},
              "required":["street","city"],"additionalProperties":false}},
             "required":["address"],"additionalProperties":false}
            """.Replace("%Int%", Int));
    }

    [Fact]
    public void A_class_requires_required_members_and_reference_members_without_a_default()
    {
        AssertSchema(Tools, "echo_person", """
            {"type":"object","properties":{"person":{"type":"object","properties":{
                "name":{"type":"string"},
                "age":{%Int%,"default":0},
                "nickname":{"type":"string","default":"none"},
                "email":{"type":["string","null"],"default":null},
                "tags":{"type":"array","items":{"type":"string"}},
                "title":{"type":"string","default":"Mx"},
                "score":{"type":["integer","null"],"minimum":-2147483648,"maximum":2147483647,"default":null},
                "aliases":{"type":"array","items":{"type":"string"}}},
              "required":["name"],"additionalProperties":false}},
             "required":["person"],"additionalProperties":false}
            """.Replace("%Int%", Int));
    }

    [Fact]
    public void A_struct_with_settable_properties_has_defaults_from_initializers()
    {
        AssertSchema(Tools, "echo_dimensions", """
            {"type":"object","properties":{"dimensions":{"type":"object","properties":{
                "width":{"type":"number","default":0},
                "height":{"type":"number","default":1.5}},
              "additionalProperties":false}},
             "required":["dimensions"],"additionalProperties":false}
            """);
    }

    [Fact]
    public void A_positional_record_struct_requires_its_constructor_parameters()
    {
        AssertSchema(Tools, "echo_coordinate", """
            {"type":"object","properties":{"coordinate":{"type":"object","properties":{
                "latitude":{"type":"number"},
                "longitude":{"type":"number"}},
              "required":["latitude","longitude"],"additionalProperties":false}},
             "required":["coordinate"],"additionalProperties":false}
            """);
    }

    [Fact]
    public void A_class_combines_constructor_parameters_settable_properties_and_Required()
    {
        AssertSchema(Tools, "echo_order", """
            {"type":"object","properties":{"order":{"type":"object","properties":{
                "sku":{"type":"string"},
                "quantity":{%Int%,"default":1},
                "note":{"type":["string","null"],"default":null},
                "rank":{%Int%}},
              "required":["sku","rank"],"additionalProperties":false}},
             "required":["order"],"additionalProperties":false}
            """.Replace("%Int%", Int));
    }

    [Fact]
    public async Task A_record_binds_through_its_constructor()
    {
        await AssertReturns(Tools, "echo_address", """{"address":{"street":"1 Main St","city":"Oslo","zip":"0150","floor":3}}""",
            """{"street":"1 Main St","city":"Oslo","zip":"0150","floor":3}""");
        await AssertReturns(Tools, "echo_address", """{"address":{"city":"Oslo","street":"1 Main St"}}""",
            """{"street":"1 Main St","city":"Oslo","zip":null,"floor":0}""");
    }

    [Fact]
    public async Task Absent_members_keep_their_initializers_and_read_only_members_are_written_in_results()
    {
        await AssertReturns(Tools, "echo_person", """{"person":{"name":"Ada"}}""",
            """{"name":"Ada","age":0,"nickname":"none","email":null,"tags":[],"title":"Mx","score":null,"aliases":["anon"],"display":"Mx Ada"}""");
    }

    [Fact]
    public async Task Settable_init_and_required_members_bind_when_sent()
    {
        await AssertReturns(Tools, "echo_person",
            """{"person":{"aliases":["al"],"score":9,"title":"Dr","tags":["x"],"email":"a@b.c","nickname":"Countess","age":36,"name":"Ada"}}""",
            """{"name":"Ada","age":36,"nickname":"Countess","email":"a@b.c","tags":["x"],"title":"Dr","score":9,"aliases":["al"],"display":"Dr Ada"}""");
    }

    [Fact]
    public async Task Structs_bind_through_properties_or_their_constructor()
    {
        await AssertReturns(Tools, "echo_dimensions", """{"dimensions":{}}""", """{"width":0,"height":1.5}""");
        await AssertReturns(Tools, "echo_dimensions", """{"dimensions":{"width":2,"height":3}}""", """{"width":2,"height":3}""");
        await AssertReturns(Tools, "echo_coordinate", """{"coordinate":{"latitude":59.9,"longitude":-10.75}}""", """{"latitude":59.9,"longitude":-10.75}""");
        await AssertErrors(Tools, "echo_coordinate", """{"coordinate":{"latitude":59.9}}""",
            "$.coordinate.longitude: missing required property, expected a number");
    }

    [Fact]
    public async Task A_class_binds_its_constructor_then_its_properties()
    {
        await AssertReturns(Tools, "echo_order", """{"order":{"rank":2,"sku":"A-1"}}""", """{"sku":"A-1","quantity":1,"note":null,"rank":2}""");
        await AssertReturns(Tools, "echo_order", """{"order":{"sku":"A-1","quantity":5,"note":"gift","rank":0}}""", """{"sku":"A-1","quantity":5,"note":"gift","rank":0}""");
        await AssertErrors(Tools, "echo_order", """{"order":{"sku":"A-1"}}""", "$.order.rank: missing required property, expected an integer");
    }

    [Fact]
    public async Task Nested_errors_are_all_reported_with_their_paths()
    {
        await AssertErrors(Tools, "echo_person", """{"person":{"age":"x","nick":1,"email":2}}""",
            "$.person.age: expected an integer, got \"x\"",
            "$.person.nick: unknown property; expected one of: name, age, nickname, email, tags, title, score, aliases",
            "$.person.email: expected a string or null, got 2",
            "$.person.name: missing required property, expected a string");
    }

    [Fact]
    public async Task Read_only_and_ignored_members_cannot_be_bound()
    {
        await AssertErrors(Tools, "echo_person", """{"person":{"name":"Ada","display":"x","secret":"y"}}""",
            "$.person.display: unknown property; expected one of: name, age, nickname, email, tags, title, score, aliases",
            "$.person.secret: unknown property; expected one of: name, age, nickname, email, tags, title, score, aliases");
    }

    [Fact]
    public async Task A_non_object_is_rejected()
    {
        await AssertErrors(Tools, "echo_address", """{"address":"1 Main St, Oslo"}""", "$.address: expected an object, got \"1 Main St, Oslo\"");
        await AssertErrors(Tools, "echo_address", """{"address":null}""", "$.address: expected an object, got null");
        await AssertErrors(Tools, "echo_address", "{}", "$.address: missing required property, expected an object");
    }

    [Fact]
    public async Task A_constructor_that_throws_is_an_argument_error_not_a_tool_failure()
    {
        Assert.Equal("100", await CallJson(Tools, "echo_percentage", """{"percentage":{"value":100}}"""));
        await AssertErrors(Tools, "echo_percentage", """{"percentage":{"value":150}}""",
            "$.percentage: could not be created: a percentage cannot exceed 100 (Parameter 'value')");
    }
}
