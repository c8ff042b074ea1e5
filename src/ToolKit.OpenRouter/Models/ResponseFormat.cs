using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// Structured output: <c>{"type":"json_schema","json_schema":{"name","schema","strict"}}</c>, or <c>json_object</c>,
/// or <c>text</c>.
/// </summary>
public sealed class ResponseFormat
{
    /// <summary><c>json_schema</c>, <c>json_object</c> or <c>text</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; set; }

    /// <summary>The schema, for <c>json_schema</c>.</summary>
    [JsonPropertyName("json_schema")]
    public JsonSchemaFormat? JsonSchema { get; set; }

    /// <summary>The answer must be JSON matching <paramref name="schema"/>.</summary>
    /// <param name="name">A name for the schema (letters, digits, '_' and '-', at most 64).</param>
    /// <param name="schema">The JSON schema.</param>
    /// <param name="strict">Whether the provider must enforce the schema exactly.</param>
    public static ResponseFormat CreateJsonSchema(string name, RawJson schema, bool? strict = true) =>
        new() { Type = "json_schema", JsonSchema = new JsonSchemaFormat { Name = name, Schema = schema, Strict = strict } };

    /// <summary>The answer must be a JSON object (no schema).</summary>
    public static ResponseFormat CreateJsonObject() => new() { Type = "json_object" };

    /// <summary>Plain text.</summary>
    public static ResponseFormat CreateText() => new() { Type = "text" };
}

/// <summary>The <c>json_schema</c> of a response format.</summary>
public sealed class JsonSchemaFormat
{
    /// <summary>A name for the schema.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>An optional description of what the output is.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The JSON schema, sent verbatim.</summary>
    [JsonPropertyName("schema")]
    public RawJson? Schema { get; set; }

    /// <summary>Whether the provider must enforce the schema exactly.</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; set; }
}
