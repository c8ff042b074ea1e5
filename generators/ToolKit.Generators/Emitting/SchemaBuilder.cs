using System.Collections.Generic;
using System.Linq;
using System.Text;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Emitting;

/// <summary>
/// Builds a tool's parameters schema (JSON Schema 2020-12) as compact JSON text at compile time. Key order is
/// fixed, so output is deterministic.
/// </summary>
internal sealed class SchemaBuilder
{
    private readonly ObjectGraph _objects;
    private readonly bool _strict;
    private readonly StringBuilder _json = new();

    private SchemaBuilder(ObjectGraph objects, bool strict)
    {
        _objects = objects;
        _strict = strict;
    }

    /// <summary>The schema of the arguments object of <paramref name="tool"/>.</summary>
    public static string ForTool(ToolSpec tool, ObjectGraph objects)
    {
        var builder = new SchemaBuilder(objects, tool.Strict);
        var members = tool.Parameters
            .Where(p => p.Source == ParameterSource.Arguments)
            .Select(p => new Member(p.JsonName, p.Type!, p.Description, p.IsRequired, p.Default, p.Constraints))
            .ToList();
        builder.WriteRoot(members);
        return builder._json.ToString();
    }

    /// <summary>The schema of one type, as used for structured outputs.</summary>
    public static string ForType(TypeSpec type, ObjectGraph objects, bool strict)
    {
        var builder = new SchemaBuilder(objects, strict);
        var reached = new HashSet<string>();
        objects.CollectObjects(type, reached);
        builder.WriteType(type, ConstraintSpec.None, null, null, type.IsNullable);
        builder.InsertDefinitions(reached, wrap: true);
        return builder._json.ToString();
    }

    private readonly record struct Member(string JsonName, TypeSpec Type, string? Description, bool IsRequired, DefaultValueSpec? Default, ConstraintSpec Constraints);

    private void WriteRoot(List<Member> members)
    {
        var reached = new HashSet<string>();
        foreach (Member member in members)
        {
            _objects.CollectObjects(member.Type, reached);
        }

        _json.Append('{');
        WriteObjectBody(members, null);
        AppendDefinitions(reached);
        _json.Append('}');
    }

    private void AppendDefinitions(HashSet<string> reached)
    {
        var recursive = reached.Where(_objects.IsRecursive).OrderBy(id => _objects.DefinitionName(id), System.StringComparer.Ordinal).ToList();
        if (recursive.Count == 0)
        {
            return;
        }

        _json.Append(",\"$defs\":{");
        for (int i = 0; i < recursive.Count; i++)
        {
            if (i > 0)
            {
                _json.Append(',');
            }

            ObjectSpec spec = _objects[recursive[i]];
            _json.Append(Literals.JsonString(_objects.DefinitionName(spec.Id))).Append(":{");
            WriteObjectInline(spec, spec.Description, nullable: false);
            _json.Append('}');
        }

        _json.Append('}');
    }

    // For a non-object root (structured output of a list, say), $defs needs an object to live in.
    private void InsertDefinitions(HashSet<string> reached, bool wrap)
    {
        if (!wrap || !reached.Any(_objects.IsRecursive))
        {
            return;
        }

        _json.Length--; // drop the closing brace
        AppendDefinitions(reached);
        _json.Append('}');
    }

    private void WriteObjectBody(List<Member> members, string? description, bool nullable = false)
    {
        _json.Append(nullable ? "\"type\":[\"object\",\"null\"]" : "\"type\":\"object\"");
        if (description is not null)
        {
            Key("description").Append(Literals.JsonString(description));
        }

        Key("properties").Append('{');
        for (int i = 0; i < members.Count; i++)
        {
            Member member = members[i];
            if (i > 0)
            {
                _json.Append(',');
            }

            bool optional = !member.IsRequired;
            bool memberNullable = member.Type.IsNullable || (_strict && optional);
            string? memberDescription = member.Description;
            DefaultValueSpec? defaultValue = optional ? member.Default : null;
            if (_strict && defaultValue?.Json is { } strictDefault && strictDefault != "null")
            {
                // Strict mode has no 'default' keyword: say it in words.
                memberDescription = (memberDescription is null ? "" : memberDescription.TrimEnd('.') + ". ") + "Default: " + strictDefault + ".";
                defaultValue = null;
            }

            _json.Append(Literals.JsonString(member.JsonName)).Append(':');
            WriteType(member.Type, member.Constraints, memberDescription, _strict ? null : defaultValue, memberNullable);
        }

        _json.Append('}');
        var required = members.Where(m => _strict || m.IsRequired).Select(m => Literals.JsonString(m.JsonName)).ToList();
        if (required.Count > 0 || _strict)
        {
            Key("required").Append('[').Append(string.Join(",", required)).Append(']');
        }

        Key("additionalProperties").Append("false");
    }

    private void WriteObjectInline(ObjectSpec spec, string? description, bool nullable)
    {
        var members = spec.Properties
            .Where(p => p.Binding != MemberBinding.None)
            .Select(p => new Member(p.JsonName, p.Type, p.Description, p.IsRequired, p.Default, p.Constraints))
            .ToList();
        WriteObjectBody(members, description, nullable);
    }

    private void WriteType(TypeSpec type, ConstraintSpec c, string? description, DefaultValueSpec? defaultValue, bool nullable)
    {
        if (type.Kind == JsonKind.Object && _objects.IsRecursive(type.ObjectId!))
        {
            string reference = "{\"$ref\":" + Literals.JsonString("#/$defs/" + _objects.DefinitionName(type.ObjectId!)) + "}";
            _json.Append('{');
            if (nullable)
            {
                _json.Append("\"anyOf\":[").Append(reference).Append(",{\"type\":\"null\"}]");
            }
            else
            {
                _json.Append(reference, 1, reference.Length - 2);
            }

            if (description is not null)
            {
                Key("description").Append(Literals.JsonString(description));
            }

            WriteDefault(defaultValue);
            _json.Append('}');
            return;
        }

        _json.Append('{');
        if (type.Kind == JsonKind.Object)
        {
            ObjectSpec spec = _objects[type.ObjectId!];
            WriteObjectInline(spec, description ?? spec.Description, nullable);

            WriteDefault(defaultValue);
            _json.Append('}');
            return;
        }

        string? jsonType = JsonType(type);
        if (jsonType is not null)
        {
            _json.Append("\"type\":").Append(nullable ? "[\"" + jsonType + "\",\"null\"]" : "\"" + jsonType + "\"");
        }

        if (description is not null)
        {
            if (_json[_json.Length - 1] != '{')
            {
                _json.Append(',');
            }

            _json.Append("\"description\":").Append(Literals.JsonString(description));
        }

        switch (type.Kind)
        {
            case JsonKind.String:
                Lengths("minLength", "maxLength", c);
                if (c.Pattern is not null)
                {
                    Key("pattern").Append(Literals.JsonString(c.Pattern));
                }

                if (c.Format is not null)
                {
                    Key("format").Append(Literals.JsonString(c.Format));
                }

                break;
            case JsonKind.Char:
                Key("minLength").Append('1');
                Key("maxLength").Append('1');
                break;
            case JsonKind.Integer:
            case JsonKind.Number:
                NumericBounds bounds = NumericBounds.For(type, c);
                if (bounds.Min is { } min)
                {
                    Key(bounds.MinExclusive ? "exclusiveMinimum" : "minimum").Append(NumericBounds.Text(min));
                }

                if (bounds.Max is { } max)
                {
                    Key(bounds.MaxExclusive ? "exclusiveMaximum" : "maximum").Append(NumericBounds.Text(max));
                }

                break;
            case JsonKind.Enum when type.Enum!.IsFlags:
                Key("items").Append("{\"type\":\"string\",\"enum\":[").Append(EnumValues(type.Enum)).Append("]}");
                break;
            case JsonKind.Enum:
                Key("enum").Append('[').Append(EnumValues(type.Enum!)).Append(nullable ? ",null" : "").Append(']');
                break;
            case JsonKind.DateTime:
            case JsonKind.DateTimeOffset:
                Key("format").Append("\"date-time\"");
                break;
            case JsonKind.DateOnly:
                Key("format").Append("\"date\"");
                break;
            case JsonKind.TimeOnly:
                Key("format").Append("\"time\"");
                break;
            case JsonKind.TimeSpan:
                Key("format").Append("\"duration\"");
                break;
            case JsonKind.Guid:
                Key("format").Append("\"uuid\"");
                break;
            case JsonKind.Uri:
                Key("format").Append("\"uri\"");
                break;
            case JsonKind.Array:
                Key("items");
                WriteType(type.Element!, ConstraintSpec.None, null, null, type.Element!.IsNullable);
                if (type.Collection == CollectionKind.HashSet)
                {
                    Key("uniqueItems").Append("true");
                }

                Lengths("minItems", "maxItems", c);
                break;
            case JsonKind.Dictionary:
                Key("additionalProperties");
                WriteType(type.Element!, ConstraintSpec.None, null, null, type.Element!.IsNullable);
                break;
        }

        WriteDefault(defaultValue);
        _json.Append('}');
    }

    private void WriteDefault(DefaultValueSpec? defaultValue)
    {
        if (defaultValue?.Json is { } json)
        {
            Key("default").Append(json);
        }
    }

    private void Lengths(string minKey, string maxKey, ConstraintSpec c)
    {
        if (c.MinLength is { } min)
        {
            Key(minKey).Append(min);
        }

        if (c.MaxLength is { } max)
        {
            Key(maxKey).Append(max);
        }
    }

    private static string EnumValues(EnumSpec spec) => string.Join(",", spec.Members.Select(m => Literals.JsonString(m.JsonName)));

    private static string? JsonType(TypeSpec type) => type.Kind switch
    {
        JsonKind.String or JsonKind.Char or JsonKind.DateTime or JsonKind.DateTimeOffset or JsonKind.DateOnly
            or JsonKind.TimeOnly or JsonKind.TimeSpan or JsonKind.Guid or JsonKind.Uri => "string",
        JsonKind.Enum => type.Enum!.IsFlags ? "array" : "string",
        JsonKind.Boolean => "boolean",
        JsonKind.Integer => "integer",
        JsonKind.Number => "number",
        JsonKind.Array => "array",
        JsonKind.Dictionary or JsonKind.Object => "object",
        JsonKind.JsonNode when type.TypeName.EndsWith("JsonObject") => "object",
        JsonKind.JsonNode when type.TypeName.EndsWith("JsonArray") => "array",
        _ => null,
    };

    private StringBuilder Key(string name)
    {
        if (_json[_json.Length - 1] != '{')
        {
            _json.Append(',');
        }

        return _json.Append('"').Append(name).Append("\":");
    }
}
