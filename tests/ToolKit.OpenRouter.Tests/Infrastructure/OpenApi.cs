using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace ToolKit.OpenRouter.Tests.Infrastructure;

/// <summary>
/// Validates JSON against <c>components.schemas</c> of OpenRouter's OpenAPI description. The whole document is
/// registered under one URI, so <c>#/components/schemas/...</c> references resolve anywhere in it.
/// </summary>
public static class OpenApi
{
    private static readonly Uri DocumentUri = new("https://openrouter.test/openapi.json");
    private static readonly Lazy<BuildOptions> Options = new(CreateBuildOptions);
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>The schema <c>#/components/schemas/{name}</c>.</summary>
    public static JsonSchema Schema(string name) =>
        Schemas.GetOrAdd(name, static n => JsonSchema.FromText(
            $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"{{DocumentUri}}#/components/schemas/{{n}}"}""",
            Options.Value));

    /// <summary>The 200 <c>application/json</c> schema of <c>GET {path}</c>, which the document defines inline.</summary>
    public static JsonSchema ResponseSchema(string path)
    {
        // JSON Pointer escaping: "~" becomes "~0" and "/" becomes "~1"; then URI-escape the braces.
        string pointer = "/paths/" + path.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            + "/get/responses/200/content/application~1json/schema";
        string reference = DocumentUri + "#" + Uri.EscapeDataString(pointer).Replace("%2F", "/", StringComparison.Ordinal);
        return Schemas.GetOrAdd("GET " + path, _ => JsonSchema.FromText(
            $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"{{reference}}"}""", Options.Value));
    }

    /// <summary>Fails with the validator's errors when <paramref name="instance"/> does not match <c>GET {path}</c>'s answer.</summary>
    public static void AssertValidResponse(string path, JsonElement instance) => AssertValid(ResponseSchema(path), "GET " + path, instance);

    /// <summary>Fails with the validator's errors when <paramref name="instance"/> does not match the schema.</summary>
    public static void AssertValid(string schemaName, JsonElement instance) => AssertValid(Schema(schemaName), schemaName, instance);

    private static void AssertValid(JsonSchema schema, string schemaName, JsonElement instance)
    {
        EvaluationResults results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            IEnumerable<string> errors = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
                .Take(20);
            Assert.Fail($"JSON does not match {schemaName}:\n{string.Join("\n", errors)}\n{instance.GetRawText()}");
        }
    }

    /// <summary>Whether <paramref name="instance"/> matches the schema.</summary>
    public static bool IsValid(string schemaName, JsonElement instance) => Schema(schemaName).Evaluate(instance).IsValid;

    private static BuildOptions CreateBuildOptions()
    {
        JsonElement document = JsonElement.Parse(Payloads.ReadReference("openapi.json"));
        var registry = new SchemaRegistry();
        registry.Register(DocumentUri, new JsonElementBaseDocument(document, DocumentUri));
        // The document's subschemas name no $schema: read them as 2020-12, which (unlike the library's default v1
        // dialect) tolerates OpenAPI's own keywords such as "example" and "discriminator".
        return new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 };
    }
}
