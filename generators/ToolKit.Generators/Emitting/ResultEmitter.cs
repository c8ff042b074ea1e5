using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Emitting;

/// <summary>Emits result writers: <c>Utf8JsonWriter</c> code for each returned type, with no reflection.</summary>
internal sealed class ResultEmitter
{
    private readonly ObjectGraph _objects;
    private readonly SortedSet<string> _objectWriters = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _emittedObjectWriters = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, EnumSpec> _enumWriters = new(StringComparer.Ordinal);
    private int _counter;

    public ResultEmitter(ObjectGraph objects) => _objects = objects;

    /// <summary>Statements that write <paramref name="value"/> of <paramref name="type"/> to <c>__writer</c>.</summary>
    public void EmitWrite(SourceWriter w, TypeSpec type, string value)
    {
        if (type.IsNullable)
        {
            w.OpenBlock($"if ({value} is null)");
            w.WriteLine("__writer.WriteNullValue();");
            w.CloseBlock();
            w.OpenBlock("else");
            EmitWriteValue(w, type, type.IsValueType ? value + ".Value" : value);
            w.CloseBlock();
            return;
        }

        EmitWriteValue(w, type, value);
    }

    /// <summary>Emits the object and enum writers used so far.</summary>
    public void EmitHelpers(SourceWriter w)
    {
        while (_objectWriters.Except(_emittedObjectWriters).FirstOrDefault() is { } id)
        {
            _emittedObjectWriters.Add(id);
            w.WriteLine();
            EmitObjectWriter(w, _objects[id]);
        }

        foreach (EnumSpec spec in _enumWriters.Values)
        {
            w.WriteLine();
            EmitEnumWriter(w, spec);
        }
    }

    private void EmitWriteValue(SourceWriter w, TypeSpec type, string value)
    {
        switch (type.Kind)
        {
            case JsonKind.String:
            case JsonKind.DateTime:
            case JsonKind.DateTimeOffset:
            case JsonKind.Guid:
                w.WriteLine($"__writer.WriteStringValue({value});");
                return;
            case JsonKind.Char:
            case JsonKind.DateOnly:
            case JsonKind.TimeOnly:
            case JsonKind.TimeSpan:
            case JsonKind.Uri:
                w.WriteLine($"global::ToolKit.Internal.JsonValueWriter.Write{type.Kind}(__writer, {value});");
                return;
            case JsonKind.Boolean:
                w.WriteLine($"__writer.WriteBooleanValue({value});");
                return;
            case JsonKind.Integer:
                w.WriteLine(NumericBounds.IsUnsigned(type.NumberType)
                    ? $"__writer.WriteNumberValue((ulong){value});"
                    : $"__writer.WriteNumberValue((long){value});");
                return;
            case JsonKind.Number:
                w.WriteLine($"__writer.WriteNumberValue({value});");
                return;
            case JsonKind.Enum:
                _enumWriters[type.Enum!.Id] = type.Enum;
                w.WriteLine($"{EnumWriterName(type.Enum.Id)}(__writer, {value});");
                return;
            case JsonKind.JsonElement:
                w.WriteLine($"{value}.WriteTo(__writer);");
                return;
            case JsonKind.JsonNode:
                w.WriteLine($"{value}.WriteTo(__writer);");
                return;
            case JsonKind.Array:
                string item = "__item" + (++_counter).ToString(CultureInfo.InvariantCulture);
                w.WriteLine("__writer.WriteStartArray();");
                if (IsIndexable(type.TypeName))
                {
                    // An interface's enumerator is boxed; its indexer is not.
                    string list = "__list" + _counter.ToString(CultureInfo.InvariantCulture);
                    string index = "__index" + _counter.ToString(CultureInfo.InvariantCulture);
                    w.WriteLine($"var {list} = {value};");
                    w.OpenBlock($"for (int {index} = 0; {index} < {list}.Count; {index}++)");
                    w.WriteLine($"var {item} = {list}[{index}];");
                }
                else
                {
                    w.OpenBlock($"foreach (var {item} in {value})");
                }

                EmitWrite(w, type.Element!, item);
                w.CloseBlock();
                w.WriteLine("__writer.WriteEndArray();");
                return;
            case JsonKind.Dictionary:
                string entry = "__entry" + (++_counter).ToString(CultureInfo.InvariantCulture);
                w.WriteLine("__writer.WriteStartObject();");
                w.OpenBlock($"foreach (var {entry} in {value})");
                w.WriteLine($"__writer.WritePropertyName({entry}.Key);");
                EmitWrite(w, type.Element!, entry + ".Value");
                w.CloseBlock();
                w.WriteLine("__writer.WriteEndObject();");
                return;
            case JsonKind.Object:
                _objectWriters.Add(type.ObjectId!);
                w.WriteLine($"{ObjectWriterName(type.ObjectId!)}(__writer, {value});");
                return;
        }
    }

    private static string? CombinedWrite(TypeSpec type, string name, string value)
    {
        // WriteString writes a null string as JSON null; other nullable values take the general path.
        if (type.IsNullable && type.Kind != JsonKind.String)
        {
            return null;
        }

        return type.Kind switch
        {
            JsonKind.String or JsonKind.DateTime or JsonKind.DateTimeOffset or JsonKind.Guid => $"__writer.WriteString({name}, {value});",
            JsonKind.Boolean => $"__writer.WriteBoolean({name}, {value});",
            JsonKind.Integer => NumericBounds.IsUnsigned(type.NumberType)
                ? $"__writer.WriteNumber({name}, (ulong){value});"
                : $"__writer.WriteNumber({name}, (long){value});",
            JsonKind.Number => $"__writer.WriteNumber({name}, {value});",
            _ => null,
        };
    }

    private static bool IsIndexable(string typeName) =>
        typeName.StartsWith("global::System.Collections.Generic.IReadOnlyList<", StringComparison.Ordinal)
        || typeName.StartsWith("global::System.Collections.Generic.IList<", StringComparison.Ordinal);

    private static string ObjectWriterName(string id) => "__Write_" + id;

    private static string EnumWriterName(string id) => "__WriteEnum_" + id;

    private void EmitObjectWriter(SourceWriter w, ObjectSpec spec)
    {
        w.OpenBlock($"private static void {ObjectWriterName(spec.Id)}(global::System.Text.Json.Utf8JsonWriter __writer, {spec.TypeName} __value)");
        w.WriteLine("__writer.WriteStartObject();");
        foreach (PropertySpec property in spec.Properties.Where(p => p.CanRead))
        {
            string name = Literals.CSharpString(property.JsonName) + "u8";
            string value = "__value." + Identifiers.Escape(property.Name);
            if (CombinedWrite(property.Type, name, value) is { } combined)
            {
                // One call writes name and value: measurably cheaper than two.
                w.WriteLine(combined);
                continue;
            }

            w.WriteLine($"__writer.WritePropertyName({name});");
            EmitWrite(w, property.Type, value);
        }

        w.WriteLine("__writer.WriteEndObject();");
        w.CloseBlock();
    }

    private static void EmitEnumWriter(SourceWriter w, EnumSpec spec)
    {
        w.OpenBlock($"private static void {EnumWriterName(spec.Id)}(global::System.Text.Json.Utf8JsonWriter __writer, {spec.TypeName} __value)");
        if (spec.IsFlags)
        {
            w.WriteLine("__writer.WriteStartArray();");
            foreach (EnumMemberSpec member in spec.Members)
            {
                w.WriteLine($"if ({spec.TypeName}.{Identifiers.Escape(member.Name)} != default && (__value & {spec.TypeName}.{Identifiers.Escape(member.Name)}) == {spec.TypeName}.{Identifiers.Escape(member.Name)}) __writer.WriteStringValue({Literals.CSharpString(member.JsonName)}u8);");
            }

            w.WriteLine("__writer.WriteEndArray();");
        }
        else
        {
            w.OpenBlock("switch (__value)");
            var seenValues = new HashSet<string>(StringComparer.Ordinal);
            foreach (EnumMemberSpec member in spec.Members)
            {
                // An alias (two names, one value) would be a duplicate case: the first name wins.
                if (!seenValues.Add(member.Value))
                {
                    continue;
                }

                w.WriteLine($"case {spec.TypeName}.{Identifiers.Escape(member.Name)}: __writer.WriteStringValue({Literals.CSharpString(member.JsonName)}u8); return;");
            }

            w.WriteLine("default: __writer.WriteNumberValue((long)__value); return;");
            w.CloseBlock();
        }

        w.CloseBlock();
    }
}
