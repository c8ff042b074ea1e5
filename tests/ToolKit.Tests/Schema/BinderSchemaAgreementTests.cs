using System.Collections.Concurrent;
using Json.Schema;
using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.Schema;

/// <summary>
/// A corpus of argument documents, valid and invalid, across the type table. Each is accepted by the generated
/// binder exactly when a JSON Schema 2020-12 validator (JsonSchema.Net, format assertion on) accepts it against the
/// emitted schema, and both agree with the expectation written here.
/// </summary>
/// <remarks>
/// Left out of the corpus, because .NET and JSON Schema genuinely disagree, or the binder is lenient on purpose:
/// <list type="bullet">
/// <item>date-time without an offset ("2025-06-01T14:30:00"): RFC 3339 requires one; DateTime and DateTimeOffset
/// accept it (as unspecified or local time).</item>
/// <item>every valid TimeOnly: JSON Schema "time" is RFC 3339 full-time, which requires an offset ("14:30:00Z");
/// TimeOnly has none, accepts "14:30" and "14:30:00", and rejects "14:30:00Z". Only values both reject are kept.</item>
/// <item>durations TimeSpan cannot hold or RFC 3339 does not spell: years and months ("P1Y": no fixed length), weeks
/// with other units ("P1W2D") and fractional seconds ("PT0.5S"), which IsoDuration accepts.</item>
/// <item>a char outside the Basic Multilingual Plane ("😀"): one code point for minLength/maxLength, two UTF-16 units
/// for char.</item>
/// <item>numbers the CLR type cannot hold (1e39 for float, 1e29 for decimal): valid JSON Schema numbers.</item>
/// <item>e-mail addresses: [EmailAddress] only checks for one '@' that is neither first nor last, so "a@b" and
/// "a b@c.d" pass it, while the "email" format (RFC 5321) rejects them.</item>
/// <item>URIs with characters RFC 3986 requires to be escaped ("https://example.com/a b"), which System.Uri escapes
/// and accepts.</item>
/// <item>argument documents the binder tolerates by design (DESIGN.md §3; see ArgumentDocumentTests): "", blank text,
/// a JSON null, and an arguments object double-encoded in a string.</item>
/// <item>strict tools with an optional member left out: the strict schema requires it (OpenAI's rules), the binder
/// applies the default (see StrictModeTests).</item>
/// </list>
/// </remarks>
public sealed class BinderSchemaAgreementTests
{
    private static readonly Dictionary<string, IToolSet> ToolSets = new()
    {
        ["primitives"] = new PrimitiveTools(),
        ["integers"] = new IntegerTools(),
        ["numbers"] = new NumberTools(),
        ["enums"] = new EnumTools(),
        ["dates"] = new DateTimeTools(),
        ["identifiers"] = new IdentifierTools(),
        ["nullables"] = new NullableTools(),
        ["collections"] = new CollectionTools(),
        ["dictionaries"] = new DictionaryTools(),
        ["objects"] = new ObjectTools(),
        ["recursive"] = new RecursiveTools(),
        ["json"] = new JsonValueTools(),
        ["annotations"] = new AnnotationTools(),
        ["strict"] = new StrictTools(),
        ["bound"] = new BoundParameterTools(),
        ["math"] = MathTools.ToolSet,
        ["naming"] = new NamingTools(),
        ["travel"] = new TravelTools(),
    };

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    public static TheoryData<string, string, string, bool> Corpus { get; } = new()
    {
        // string, char, bool
        { "primitives", "echo_string", """{"value":"Paris"}""", true },
        { "primitives", "echo_string", """{"value":""}""", true },
        { "primitives", "echo_string", """{"value":5}""", false },
        { "primitives", "echo_string", "{}", false },
        { "primitives", "echo_string", """{"value":"a","x":1}""", false },
        { "primitives", "echo_char", """{"value":"x"}""", true },
        { "primitives", "echo_char", """{"value":"xy"}""", false },
        { "primitives", "echo_char", """{"value":""}""", false },
        { "primitives", "echo_bool", """{"value":false}""", true },
        { "primitives", "echo_bool", """{"value":"false"}""", false },
        { "primitives", "primitive_defaults", "{}", true },
        { "primitives", "primitive_defaults", """{"flag":null}""", false },

        // integers
        { "integers", "echo_sbyte", """{"value":-128}""", true },
        { "integers", "echo_sbyte", """{"value":128}""", false },
        { "integers", "echo_byte", """{"value":-1}""", false },
        { "integers", "echo_ushort", """{"value":65535}""", true },
        { "integers", "echo_int", """{"value":3.0}""", true },
        { "integers", "echo_int", """{"value":1e2}""", true },
        { "integers", "echo_int", """{"value":1.5}""", false },
        { "integers", "echo_int", """{"value":"1"}""", false },
        { "integers", "echo_uint", """{"value":4294967296}""", false },
        { "integers", "echo_long", """{"value":-9223372036854775808}""", true },
        { "integers", "echo_ulong", """{"value":18446744073709551615}""", true },
        { "integers", "echo_ulong", """{"value":18446744073709551616}""", false },
        { "integers", "echo_nint", """{"value":9223372036854775808}""", false },

        // float, double, decimal
        { "numbers", "echo_double", """{"value":-0.5}""", true },
        { "numbers", "echo_double", """{"value":"0.5"}""", false },
        { "numbers", "echo_decimal", """{"value":0.1}""", true },
        { "numbers", "echo_float", """{"value":null}""", false },

        // enums and [Flags] enums
        { "enums", "echo_priority", """{"value":"very_high"}""", true },
        { "enums", "echo_priority", """{"value":"VeryHigh"}""", false },
        { "enums", "echo_shade", """{"value":"NAVY"}""", true },
        { "enums", "echo_shade", """{"value":"dark_blue"}""", false },
        { "enums", "echo_permissions", """{"value":["read","write","read"]}""", true },
        { "enums", "echo_permissions", """{"value":["admin"]}""", false },
        { "enums", "echo_permissions", """{"value":"read"}""", false },
        { "enums", "enum_defaults", """{"permissions":[]}""", true },

        // dates, times, durations
        { "dates", "echo_date_time", """{"value":"2025-06-01T14:30:00Z"}""", true },
        { "dates", "echo_date_time", """{"value":"2025-06-01T14:30:00.5+02:00"}""", true },
        { "dates", "echo_date_time", """{"value":"yesterday"}""", false },
        { "dates", "echo_date_time_offset", """{"value":"2025-13-01T00:00:00Z"}""", false },
        { "dates", "echo_date_time_offset", """{"value":"2025-06-01T14:30:00-07:00"}""", true },
        { "dates", "echo_date_only", """{"value":"2024-02-29"}""", true },
        { "dates", "echo_date_only", """{"value":"2025-02-29"}""", false },
        { "dates", "echo_date_only", """{"value":"01/06/2025"}""", false },
        { "dates", "echo_time_only", """{"value":"noon"}""", false },
        { "dates", "echo_time_only", """{"value":1430}""", false },
        { "dates", "echo_time_span", """{"value":"PT1H30M"}""", true },
        { "dates", "echo_time_span", """{"value":"P2D"}""", true },
        { "dates", "echo_time_span", """{"value":"P1W"}""", true },
        { "dates", "echo_time_span", """{"value":"1:30:00"}""", false },
        { "dates", "echo_time_span", """{"value":"PT"}""", false },

        // Guid, Uri
        { "identifiers", "echo_guid", """{"value":"6f9619ff-8b86-d011-b42d-00cf4fc964ff"}""", true },
        { "identifiers", "echo_guid", """{"value":"6f9619ff8b86d011b42d00cf4fc964ff"}""", false },
        { "identifiers", "echo_uri", """{"value":"https://example.com/a?b=c"}""", true },
        { "identifiers", "echo_uri", """{"value":"urn:isbn:0451450523"}""", true },
        { "identifiers", "echo_uri", """{"value":"/etc/passwd"}""", false },
        { "identifiers", "echo_uri", """{"value":"example.com"}""", false },

        // T? and nullable reference types
        { "nullables", "echo_nullable_int", """{"value":null}""", true },
        { "nullables", "echo_nullable_int", "{}", false },
        { "nullables", "echo_nullables", """{"number":null,"text":null,"priority":null,"permissions":null,"day":null,"point":null,"size":null,"tags":null}""", true },
        { "nullables", "echo_nullables", """{"number":null,"text":null,"priority":"x","permissions":null,"day":null,"point":null,"size":null,"tags":[null]}""", false },
        { "nullables", "optional_nullables", """{"point":null}""", true },
        { "nullables", "optional_nullables", """{"point":{"x":1}}""", false },

        // collections
        { "collections", "echo_array", """{"value":[]}""", true },
        { "collections", "echo_array", """{"value":[1,"2"]}""", false },
        { "collections", "echo_set", """{"value":["a","b"]}""", true },
        { "collections", "echo_set", """{"value":["a","a"]}""", false },
        { "collections", "echo_hash_set", """{"value":[1,1.0]}""", false },
        { "collections", "echo_nested_lists", """{"value":[[1],[2,3]]}""", true },
        { "collections", "echo_points", """{"value":[{"x":1,"y":2,"z":3}]}""", false },
        { "collections", "count_items", """{"items":null}""", true },

        // dictionaries
        { "dictionaries", "echo_dictionary", """{"value":{"a":1,"b":2}}""", true },
        { "dictionaries", "echo_dictionary", """{"value":{"a":"1"}}""", false },
        { "dictionaries", "echo_point_map", """{"value":{"p":null}}""", true },
        { "dictionaries", "echo_read_only_dictionary", """{"value":{"k":"v"}}""", false },

        // records, classes, structs
        { "objects", "echo_address", """{"address":{"street":"s","city":"c"}}""", true },
        { "objects", "echo_address", """{"address":{"street":"s"}}""", false },
        { "objects", "echo_address", """{"address":{"street":"s","city":"c","zip":null,"floor":-1}}""", true },
        { "objects", "echo_person", """{"person":{"name":"Ada","tags":["x"],"score":null}}""", true },
        { "objects", "echo_person", """{"person":{"name":"Ada","display":"x"}}""", false },
        { "objects", "echo_person", """{"person":{"name":"Ada","nickname":null}}""", false },
        { "objects", "echo_dimensions", """{"dimensions":{}}""", true },
        { "objects", "echo_coordinate", """{"coordinate":{"latitude":1}}""", false },
        { "objects", "echo_order", """{"order":{"sku":"a","rank":1}}""", true },
        { "objects", "echo_order", """{"order":{"sku":"a"}}""", false },

        // recursive types
        { "recursive", "echo_tree", """{"root":{"name":"a","children":[{"name":"b","children":null}]}}""", true },
        { "recursive", "echo_tree", """{"root":{"name":"a","children":[{"children":[]}]}}""", false },
        { "recursive", "sum_chain", """{"chain":{"value":1,"next":{"value":2,"next":null}}}""", true },
        { "recursive", "sum_chain", """{"chain":{"value":1,"next":{"value":"2"}}}""", false },
        { "recursive", "echo_folder", """{"folder":{"name":"r","documents":[{"title":"t","parent":{"name":"p","documents":[]}}]}}""", true },
        { "recursive", "echo_folder", """{"folder":{"name":"r","documents":[{"title":"t","parent":{"name":"p"}}]}}""", false },

        // JsonElement, JsonNode
        { "json", "echo_element", """{"value":{"any":[1,null]}}""", true },
        { "json", "echo_node", """{"value":null}""", true },
        { "json", "echo_json_object", """{"value":[]}""", false },
        { "json", "echo_element", "{}", false },

        // DataAnnotations
        { "annotations", "percent", """{"value":100}""", true },
        { "annotations", "percent", """{"value":100.5}""", false },
        { "annotations", "open_unit_interval", """{"value":0}""", false },
        { "annotations", "open_unit_interval", """{"value":0.999}""", true },
        { "annotations", "exclusive_integer", """{"value":10}""", false },
        { "annotations", "narrowed_byte", """{"value":50}""", true },
        { "annotations", "price", """{"value":0.01}""", true },
        { "annotations", "code", """{"value":"ab"}""", false },
        { "annotations", "short_text", """{"value":"😀😀😀😀😀"}""", true },
        { "annotations", "short_text", """{"value":"abcdef"}""", false },
        { "annotations", "tags", """{"value":[]}""", false },
        { "annotations", "sized_list", """{"value":[1,2,3,4]}""", true },
        { "annotations", "sku", """{"value":"ABC-1234"}""", true },
        { "annotations", "sku", """{"value":"ABC-12345"}""", false },
        { "annotations", "email", """{"value":"ada@example.com"}""", true },
        { "annotations", "email", """{"value":"ada"}""", false },
        { "annotations", "website", """{"value":"https://example.com"}""", true },
        { "annotations", "website", """{"value":"example.com"}""", false },
        { "annotations", "register", """{"signup":{"email":"a@example.com","age":13,"interests":["x"]}}""", true },
        { "annotations", "register", """{"signup":{"email":"a@example.com","age":13,"interests":[]}}""", false },

        // strict schemas
        { "strict", "place_order", """{"order":{"customer":"Ann","lines":[{"sku":"A","quantity":null}],"ship_to":null,"gift":null},"quantity":null,"note":null,"priority":null}""", true },
        { "strict", "place_order", """{"order":{"customer":"Ann","lines":[],"ship_to":null,"gift":true},"quantity":2,"note":"n","priority":"low","rush":true}""", false },
        { "strict", "place_order", """{"order":{"customer":"Ann","lines":[],"ship_to":null,"gift":true},"quantity":"2","note":null,"priority":null}""", false },
        { "strict", "plant_tree", """{"root":{"name":"a","children":null},"label":null}""", true },
        { "strict", "plant_tree", """{"root":{"name":"a","children":[{"name":1,"children":null}]},"label":null}""", false },
        { "strict", "schedule", """{"at":"2025-06-01T09:00:00Z","every":"PT1H","permissions":["read","write"],"owner":{"name":"Ada","age":3,"nickname":null,"email":null,"tags":["t"],"title":null,"score":null,"aliases":null}}""", true },

        // bound parameters, static tool sets, names, the sample tools
        { "bound", "who_am_i", "{}", true },
        { "bound", "who_am_i", """{"context":1}""", false },
        { "math", "add", """{"a":1,"b":2}""", true },
        { "math", "add", """{"a":1}""", false },
        { "naming", "echo_item", """{"item":{"itemId":"i","stock_count":1,"display_name":"d"}}""", true },
        { "naming", "echo_item", """{"item":{"id":"i","stock_count":1,"display_name":"d"}}""", false },
        { "travel", "get_forecast", """{"city":"Paris","days":8}""", false },
        { "travel", "book_hotel", """{"request":{"hotel":"Ritz","check_in":"2025-06-01"}}""", true },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task The_binder_accepts_exactly_what_the_schema_accepts(string set, string tool, string arguments, bool valid)
    {
        IToolSet tools = ToolSets[set];
        ToolDefinition definition = Definition(tools, tool);
        JsonSchema schema = Schemas.GetOrAdd(set + "/" + tool, _ => SchemaValidation.Build(definition));

        var validation = SchemaValidation.Evaluate(schema, arguments);
        ToolResult result = await Call(tools, tool, arguments);
        Assert.True(result.ErrorKind is ToolErrorKind.None or ToolErrorKind.InvalidArguments, $"the tool itself failed: {result}");
        bool bound = result.ErrorKind == ToolErrorKind.None;

        Assert.True(validation.IsValid == valid, $"validator says {(validation.IsValid ? "valid" : "invalid")}, expected {(valid ? "valid" : "invalid")}:\n{SchemaValidation.Describe(validation)}");
        Assert.True(bound == valid, $"binder says {(bound ? "valid" : "invalid")}, expected {(valid ? "valid" : "invalid")}:\n{result}");
    }

    [Fact]
    public void The_corpus_is_large_balanced_and_covers_every_tool_type()
    {
        var cases = Corpus.Select(row => (Set: (string)row[0], Valid: (bool)row[3])).ToList();
        Assert.True(cases.Count >= 60, $"only {cases.Count} documents");
        Assert.True(cases.Count(c => c.Valid) >= 25, "too few valid documents");
        Assert.True(cases.Count(c => !c.Valid) >= 25, "too few invalid documents");
        Assert.Equal(ToolSets.Keys.Order(), cases.Select(c => c.Set).Distinct().Order());
    }

    [Fact]
    public void The_validator_asserts_formats()
    {
        // Without format assertion "format" is only an annotation; the corpus relies on it being checked.
        var schema = SchemaValidation.Build(Definition(ToolSets["identifiers"], "echo_guid"));
        Assert.False(SchemaValidation.Evaluate(schema, """{"value":"not-a-guid"}""").IsValid);
        Assert.True(SchemaValidation.Evaluate(schema, """{"value":"6f9619ff-8b86-d011-b42d-00cf4fc964ff"}""").IsValid);
    }
}
