using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ToolKit.Emulator.Tests.Support;

/// <summary>
/// Validates JSON against <c>components.schemas</c> of OpenRouter's openapi.json (the repository copy in tests/ToolKit.OpenRouter.Tests/TestData, linked into the
/// output as TestData/openapi.json). The whole document is registered under one base URI so that every
/// <c>#/components/schemas/…</c> reference inside it resolves.
/// </summary>
public static class OpenApiSchemas
{
    private static readonly Uri DocumentUri = new("https://openrouter.ai/openapi.json");
    private static readonly Lazy<BuildOptions> Options = new(Load);
    private static readonly Dictionary<string, JsonSchema> Components = [];
    private static readonly Lock Gate = new();

    /// <summary>The validation errors (empty when valid) of <paramref name="json"/> against a component schema.</summary>
    public static IReadOnlyList<string> Errors(string component, JsonElement json)
    {
        var schema = Component(component);
        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
                .ToList();
    }

    private static JsonSchema Component(string component)
    {
        lock (Gate)
        {
            // Built once per component: the registry refuses to register the same URI twice.
            if (!Components.TryGetValue(component, out var schema))
            {
                var text = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"{{DocumentUri}}#/components/schemas/{{component}}"}""";
                Components[component] = schema = JsonSchema.FromText(text, Options.Value, new Uri($"https://emulator.test/{component}.json"));
            }

            return schema;
        }
    }

    private static BuildOptions Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "openapi.json");
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        // The OpenAPI document is not itself a schema: give it the 2020-12 dialect and an $id so it can be registered.
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        document["$id"] = DocumentUri.ToString();
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        // Building registers the document in options.SchemaRegistry under its $id.
        JsonSchema.Build(JsonDocument.Parse(document.ToJsonString()).RootElement, options, DocumentUri);
        return options;
    }
}
