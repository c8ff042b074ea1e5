using System.Text.Json;
using Json.Schema;

namespace ToolKit.Emulator.Tests.Support;

/// <summary>Validates an instance against a stand-alone JSON Schema (2020-12, formats checked).</summary>
public static class JsonSchemas
{
    public static IReadOnlyList<string> Errors(string schemaText, JsonElement instance)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        var schema = JsonSchema.FromText(schemaText, options, new Uri($"https://emulator.test/{Guid.NewGuid():N}.json"));
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .Append(result.Errors is null ? "" : string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")))
                .Where(e => e.Length > 0)
                .ToList();
    }
}
