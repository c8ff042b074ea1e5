using System.Text.Json;
using Json.Schema;

namespace ToolKit.Tests.Schema;

/// <summary>JSON Schema 2020-12 validation with JsonSchema.Net, with format assertion turned on.</summary>
internal static class SchemaValidation
{
    public static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>Builds a tool's parameters schema as a 2020-12 schema, in a registry of its own.</summary>
    public static JsonSchema Build(ToolDefinition definition) =>
        JsonSchema.FromText(
            definition.ParametersSchemaText,
            new BuildOptions { Dialect = Dialect.Draft202012, SchemaRegistry = new SchemaRegistry() },
            new Uri($"https://toolkit.test/tools/{definition.Name}"));

    public static EvaluationResults Evaluate(JsonSchema schema, string instance)
    {
        using JsonDocument document = JsonDocument.Parse(instance);
        return schema.Evaluate(document.RootElement.Clone(), Options);
    }

    /// <summary>Checks a schema document against the 2020-12 meta-schema.</summary>
    public static EvaluationResults EvaluateAgainstMetaSchema(string schemaText)
    {
        using JsonDocument document = JsonDocument.Parse(schemaText);
        return MetaSchemas.Draft202012.Evaluate(document.RootElement.Clone(), Options);
    }

    public static string Describe(EvaluationResults results) =>
        results.IsValid
            ? "valid"
            : string.Join("\n", (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}) {e.Key}: {e.Value}")));
}
