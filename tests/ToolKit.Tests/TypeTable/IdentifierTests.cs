using ToolKit.Tests.Tools;
using static ToolKit.Tests.TypeTable.ToolHarness;

namespace ToolKit.Tests.TypeTable;

/// <summary>Type table rows: Guid is a uuid string, Uri a uri string.</summary>
public sealed class IdentifierTests
{
    private static readonly IToolSet Tools = new IdentifierTools();

    [Fact]
    public void Schemas_are_strings_with_a_format()
    {
        AssertSchema(Tools, "echo_guid", ValueSchema("""{"type":"string","format":"uuid"}"""));
        AssertSchema(Tools, "echo_uri", ValueSchema("""{"type":"string","format":"uri"}"""));
    }

    [Theory]
    [InlineData("6f9619ff-8b86-d011-b42d-00cf4fc964ff", "6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("6F9619FF-8B86-D011-B42D-00CF4FC964FF", "6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000")]
    public async Task Guids_round_trip(string sent, string returned) =>
        await AssertReturns(Tools, "echo_guid", """{"value":"%sent%"}""".Replace("%sent%", sent), $"\"{returned}\"");

    [Theory]
    [InlineData("https://example.com/a/b?c=d#e", "https://example.com/a/b?c=d#e")]
    [InlineData("mailto:someone@example.com", "mailto:someone@example.com")]
    [InlineData("urn:isbn:0451450523", "urn:isbn:0451450523")]
    public async Task Absolute_uris_round_trip(string sent, string returned) =>
        await AssertReturns(Tools, "echo_uri", """{"value":"%sent%"}""".Replace("%sent%", sent), $"\"{returned}\"");

    [Fact]
    public async Task The_bound_uri_is_parsed()
    {
        Assert.Equal("https|example.com|/a/b", await CallText(Tools, "uri_parts", """{"value":"https://example.com/a/b"}"""));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6f9619ff8b86d011b42d00cf4fc964ff")]
    [InlineData("{6f9619ff-8b86-d011-b42d-00cf4fc964ff}")]
    [InlineData("6f9619ff-8b86-d011-b42d-00cf4fc964f")]
    public async Task Malformed_guids_are_rejected(string sent) =>
        await AssertErrors(Tools, "echo_guid", """{"value":"%sent%"}""".Replace("%sent%", sent), $"$.value: expected a UUID string, got \"{sent}\"");

    [Theory]
    [InlineData("relative/path")]
    [InlineData("/etc/passwd")]
    [InlineData("example.com")]
    [InlineData("")]
    public async Task Relative_uris_are_rejected(string sent) =>
        await AssertErrors(Tools, "echo_uri", """{"value":"%sent%"}""".Replace("%sent%", sent), $"$.value: expected an absolute URI string, got \"{sent}\"");

    [Fact]
    public async Task Non_strings_are_rejected()
    {
        await AssertErrors(Tools, "echo_guid", """{"value":12}""", "$.value: expected a UUID string, got 12");
        await AssertErrors(Tools, "echo_uri", """{"value":null}""", "$.value: expected an absolute URI string, got null");
    }
}
