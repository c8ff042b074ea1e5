using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Emitting;

/// <summary>
/// Emits argument binders: <c>Utf8JsonReader</c> code that reads the model's arguments into typed locals,
/// checks every constraint the schema states, and collects every error with its JSON path.
/// </summary>
internal sealed class BinderEmitter
{
    private const string Reader = "global::ToolKit.Internal.ArgumentReader";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";

    private readonly ObjectGraph _objects;
    private readonly SortedSet<(string Id, bool Strict)> _objectReaders = new();
    private readonly SortedSet<(string Id, bool Strict)> _emittedObjectReaders = new();
    private readonly SortedDictionary<string, EnumSpec> _enumReaders = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _patterns = new(StringComparer.Ordinal);
    private readonly SortedSet<(string Id, string Member, string TypeName, string ValueType, bool IsStruct)> _initAccessors = new();
    private int _counter;

    public BinderEmitter(ObjectGraph objects) => _objects = objects;

    /// <summary>How a <c>null</c> token is treated for a member.</summary>
    private enum NullHandling
    {
        /// <summary>An error: the member is not nullable.</summary>
        Reject,

        /// <summary>Stored as null.</summary>
        Assign,

        /// <summary>The member keeps its default: strict mode's spelling of "absent".</summary>
        KeepDefault,
    }

    /// <summary>A bound member: a tool parameter or an object property.</summary>
    private readonly record struct Member(string Local, string JsonName, TypeSpec Type, ConstraintSpec Constraints, bool IsRequired, string InitialValue, bool TrackSeen);

    /// <summary>Emits <c>__Bind_{tool}</c>, which binds every argument parameter of <paramref name="tool"/>.</summary>
    public void EmitToolBinder(SourceWriter w, ToolSpec tool, string methodName)
    {
        var members = tool.Parameters.Where(p => p.Source == ParameterSource.Arguments)
            .Select(p => new Member("@" + p.Name, p.JsonName, p.Type!, p.Constraints, p.IsRequired,
                p.IsRequired ? "default!" : p.Default?.CSharp ?? "default!", p.IsRequired))
            .ToList();

        string outs = string.Concat(members.Select(m => $", out {m.Type.DeclaredTypeName} {m.Local}"));
        w.OpenBlock($"private static bool {methodName}(string? __arguments, out global::System.Collections.Generic.IReadOnlyList<global::ToolKit.ArgumentError> __errors{outs})");
        foreach (Member m in members)
        {
            w.WriteLine($"{m.Local} = {m.InitialValue};");
        }

        w.WriteLine("var __context = new global::ToolKit.Internal.BindContext();");
        w.WriteLine("bool __malformed = false;");
        DeclareSeen(w, members);
        w.WriteLine("using var __buffer = global::ToolKit.Internal.ArgumentBuffer.Create(__arguments);");
        w.OpenBlock("try");
        w.WriteLine("var __reader = __buffer.CreateReader();");
        w.OpenBlock($"if ({Reader}.ReadRootStart(ref __reader, ref __context))");
        EmitPropertyLoop(w, members, tool.Strict);
        w.WriteLine($"{Reader}.ReadRootEnd(ref __reader, ref __context);");
        w.CloseBlock();
        w.CloseBlock();
        w.OpenBlock("catch (global::System.Text.Json.JsonException __exception)");
        w.WriteLine($"{Reader}.MalformedJson(ref __context, __exception);");
        w.WriteLine("__malformed = true;");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock("if (!__malformed)");
        EmitMissingChecks(w, members);
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("__errors = __context.Errors;");
        w.WriteLine("return !__context.HasErrors;");
        w.CloseBlock();
    }

    /// <summary>
    /// Emits <c>TryParseOutput</c>, which binds a whole JSON document to the object <paramref name="root"/>: the
    /// binder of a structured output.
    /// </summary>
    public void EmitOutputBinder(SourceWriter w, TypeSpec root, bool strict)
    {
        _objectReaders.Add((root.ObjectId!, strict));
        w.WriteLine("/// <summary>Binds and validates a JSON answer; every problem is listed with its JSON path.</summary>");
        w.OpenBlock($"public static bool TryParseOutput(string? json, out {root.TypeName} value, out global::System.Collections.Generic.IReadOnlyList<global::ToolKit.ArgumentError> errors)");
        w.WriteLine("var __context = new global::ToolKit.Internal.BindContext();");
        w.WriteLine("value = default!;");
        w.WriteLine("using var __buffer = global::ToolKit.Internal.ArgumentBuffer.Create(json);");
        w.OpenBlock("try");
        w.WriteLine("var __reader = __buffer.CreateReader();");
        w.OpenBlock("if (__reader.Read())");
        w.OpenBlock($"if ({ObjectReaderName(root.ObjectId!, strict)}(ref __reader, ref __context, \"an object\", out {root.TypeName} __root))");
        w.WriteLine("value = __root;");
        w.CloseBlock();
        w.WriteLine($"{Reader}.ReadRootEnd(ref __reader, ref __context);");
        w.CloseBlock();
        w.CloseBlock();
        w.OpenBlock("catch (global::System.Text.Json.JsonException __exception)");
        w.WriteLine($"{Reader}.MalformedJson(ref __context, __exception);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("errors = __context.Errors;");
        w.WriteLine("return !__context.HasErrors;");
        w.CloseBlock();
    }

    /// <summary>Emits the object, enum and accessor helpers that the binders so far need.</summary>
    public void EmitHelpers(SourceWriter w)
    {
        // Object readers can ask for more readers, so loop until none is new.
        while (_objectReaders.Except(_emittedObjectReaders).OrderBy(k => k.Id, StringComparer.Ordinal).ThenBy(k => k.Strict).FirstOrDefault() is { Id: not null } next)
        {
            _emittedObjectReaders.Add(next);
            w.WriteLine();
            EmitObjectReader(w, _objects[next.Id], next.Strict);
        }

        foreach (EnumSpec spec in _enumReaders.Values)
        {
            w.WriteLine();
            EmitEnumReader(w, spec);
        }

        foreach (var accessor in _initAccessors)
        {
            w.WriteLine();
            w.WriteLine($"[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"set_{accessor.Member}\")]");
            w.WriteLine($"private static extern void {InitAccessorName(accessor.Id, accessor.Member)}({(accessor.IsStruct ? "ref " : "")}{accessor.TypeName} __instance, {accessor.ValueType} __value);");
        }

        foreach (KeyValuePair<string, string> pattern in _patterns)
        {
            w.WriteLine();
            w.WriteLine($"private static global::System.Text.RegularExpressions.Regex? {pattern.Value};");
        }
    }

    private static string ObjectReaderName(string id, bool strict) => (strict ? "__ReadStrict_" : "__Read_") + id;

    private static string EnumReaderName(string id) => "__ReadEnum_" + id;

    private static string InitAccessorName(string id, string member) => "__Init_" + id + "_" + member;

    private void EmitObjectReader(SourceWriter w, ObjectSpec spec, bool strict)
    {
        var bindable = spec.Properties.Where(p => p.Binding != MemberBinding.None).ToList();
        var members = bindable
            .Select(p => new Member("__p_" + p.Name, p.JsonName, p.Type, p.Constraints, p.IsRequired, p.Default?.CSharp ?? "default!",
                p.IsRequired || p.Binding == MemberBinding.Settable || (p.Binding == MemberBinding.InitOnly && p.Default is null)))
            .ToList();

        w.OpenBlock($"private static bool {ObjectReaderName(spec.Id, strict)}(ref global::System.Text.Json.Utf8JsonReader __reader, ref global::ToolKit.Internal.BindContext __context, string __expected, out {spec.TypeName} __value)");
        w.OpenBlock($"if (__reader.TokenType != {TokenType}.StartObject)");
        w.WriteLine("__value = default!;");
        w.WriteLine($"return {Reader}.Mismatch(ref __reader, ref __context, __expected);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("int __errorsBefore = __context.ErrorCount;");
        foreach (Member m in members)
        {
            w.WriteLine($"{m.Type.DeclaredTypeName} {m.Local} = {m.InitialValue};");
        }

        DeclareSeen(w, members);
        EmitPropertyLoop(w, members, strict);
        EmitMissingChecks(w, members);
        w.OpenBlock("if (__context.ErrorCount != __errorsBefore)");
        w.WriteLine("__value = default!;");
        w.WriteLine("return false;");
        w.CloseBlock();
        w.WriteLine();

        // Build: constructor arguments, then required members in the initializer, then optional members when sent.
        var ctorArgs = new string[spec.ConstructorParameterCount];
        var initializer = new List<string>();
        var afterwards = new List<string>();
        for (int i = 0; i < bindable.Count; i++)
        {
            PropertySpec p = bindable[i];
            string local = members[i].Local;
            string seen = "__seen_" + local.TrimStart('@');
            switch (p.Binding)
            {
                case MemberBinding.ConstructorParameter:
                    ctorArgs[p.ConstructorIndex] = local;
                    break;
                case MemberBinding.Settable when !p.IsRequired:
                    afterwards.Add($"if ({seen}) __value.{Identifiers.Escape(p.Name)} = {local};");
                    break;
                case MemberBinding.InitOnly when !p.IsRequired && p.Default is null:
                    _initAccessors.Add((spec.Id, p.Name, spec.TypeName, p.Type.DeclaredTypeName, spec.IsValueType));
                    afterwards.Add($"if ({seen}) {InitAccessorName(spec.Id, p.Name)}({(spec.IsValueType ? "ref " : "")}__value, {local});");
                    break;
                default:
                    initializer.Add($"{Identifiers.Escape(p.Name)} = {local},");
                    break;
            }
        }

        w.OpenBlock("try");
        string construction = $"new {spec.TypeName}({string.Join(", ", ctorArgs.Select(a => a ?? "default!"))})";
        if (initializer.Count == 0)
        {
            w.WriteLine($"__value = {construction};");
        }
        else
        {
            w.WriteLine($"__value = {construction}");
            w.WriteLine("{");
            w.Indent();
            foreach (string line in initializer)
            {
                w.WriteLine(line);
            }

            w.Unindent();
            w.WriteLine("};");
        }

        foreach (string line in afterwards)
        {
            w.WriteLine(line);
        }

        w.CloseBlock();
        w.OpenBlock("catch (global::System.Exception __exception)");
        w.WriteLine($"__context.AddError(\"could not be created: \" + __exception.Message);");
        w.WriteLine("__value = default!;");
        w.WriteLine("return false;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return true;");
        w.CloseBlock();
    }

    private static void EmitEnumReader(SourceWriter w, EnumSpec spec)
    {
        w.OpenBlock($"private static bool {EnumReaderName(spec.Id)}(ref global::System.Text.Json.Utf8JsonReader __reader, ref global::ToolKit.Internal.BindContext __context, string __expected, out {spec.TypeName} __value)");
        w.OpenBlock($"if (__reader.TokenType == {TokenType}.String)");
        foreach (EnumMemberSpec member in spec.Members)
        {
            w.OpenBlock($"if (__reader.ValueTextEquals({Literals.CSharpString(member.JsonName)}u8))");
            w.WriteLine($"__value = {spec.TypeName}.{Identifiers.Escape(member.Name)};");
            w.WriteLine("return true;");
            w.CloseBlock();
        }

        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("__value = default;");
        w.WriteLine($"return {Reader}.Mismatch(ref __reader, ref __context, __expected);");
        w.CloseBlock();
    }

    private static void DeclareSeen(SourceWriter w, List<Member> members)
    {
        foreach (Member m in members.Where(m => m.TrackSeen))
        {
            w.WriteLine($"bool {SeenName(m)} = false;");
        }
    }

    private void EmitPropertyLoop(SourceWriter w, List<Member> members, bool strict)
    {
        string allowed = string.Join(", ", members.Select(m => m.JsonName));
        w.OpenBlock($"while ({Reader}.NextProperty(ref __reader))");
        bool first = true;
        foreach (Member m in members)
        {
            w.OpenBlock($"{(first ? "" : "else ")}if (__reader.ValueTextEquals({Literals.CSharpString(m.JsonName)}u8))");
            first = false;
            w.WriteLine("__reader.Read();");
            w.WriteLine($"__context.Push({Literals.CSharpString(m.JsonName)});");
            NullHandling nulls = m.Type.IsNullable ? NullHandling.Assign : strict && !m.IsRequired ? NullHandling.KeepDefault : NullHandling.Reject;
            EmitRead(w, m.Type, m.Constraints, nulls, m.Local, strict);
            if (m.TrackSeen)
            {
                // Strict null means "keep the default": the member was sent, but there is no value to assign.
                w.WriteLine(nulls == NullHandling.KeepDefault
                    ? $"if (__reader.TokenType != {TokenType}.Null) {SeenName(m)} = true;"
                    : $"{SeenName(m)} = true;");
            }


            w.WriteLine("__context.Pop();");
            w.CloseBlock();
        }

        if (first)
        {
            w.WriteLine($"{Reader}.UnknownProperty(ref __reader, ref __context, {Literals.CSharpString(allowed)});");
        }
        else
        {
            w.OpenBlock("else");
            w.WriteLine($"{Reader}.UnknownProperty(ref __reader, ref __context, {Literals.CSharpString(allowed)});");
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    private static string SeenName(Member m) => "__seen_" + m.Local.TrimStart('@');

    private static void EmitMissingChecks(SourceWriter w, List<Member> members)
    {
        foreach (Member m in members.Where(m => m.IsRequired))
        {
            string expected = Expectations.Describe(m.Type, m.Constraints, m.Type.IsNullable);
            w.WriteLine($"if (!{SeenName(m)}) __context.AddMissing({Literals.CSharpString(m.JsonName)}, {Literals.CSharpString(expected)});");
        }
    }

    /// <summary>Reads the value under the reader into <paramref name="target"/>, a local of the type's declared type.</summary>
    private void EmitRead(SourceWriter w, TypeSpec type, ConstraintSpec c, NullHandling nulls, string target, bool strict)
    {
        string expected = Literals.CSharpString(Expectations.Describe(type, c, nulls != NullHandling.Reject));
        if (nulls != NullHandling.Reject)
        {
            w.OpenBlock($"if (__reader.TokenType == {TokenType}.Null)");
            if (nulls == NullHandling.Assign)
            {
                w.WriteLine($"{target} = null;");
            }

            w.CloseBlock();
            w.OpenBlock("else");
        }

        EmitReadValue(w, type, c, target, expected, strict);

        if (nulls != NullHandling.Reject)
        {
            w.CloseBlock();
        }
    }

    private void EmitReadValue(SourceWriter w, TypeSpec type, ConstraintSpec c, string target, string expected, bool strict)
    {
        string args = "ref __reader, ref __context";
        string v = "__v" + (++_counter).ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case JsonKind.String:
                string lengths = c.MinLength is null && c.MaxLength is null ? "" : $", {c.MinLength ?? 0}, {c.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "int.MaxValue"}";
                var checks = new List<string>();
                if (c.Pattern is not null)
                {
                    if (!_patterns.TryGetValue(c.Pattern, out string? field))
                    {
                        field = "__pattern" + _patterns.Count.ToString(CultureInfo.InvariantCulture);
                        _patterns[c.Pattern] = field;
                    }

                    checks.Add($"global::ToolKit.Internal.ArgumentChecks.Matches(ref __context, {v}, {field} ??= global::ToolKit.Internal.ArgumentChecks.CreatePattern({Literals.CSharpString(c.Pattern)}));");
                }

                if (c.Format == "email")
                {
                    checks.Add($"global::ToolKit.Internal.ArgumentChecks.IsEmail(ref __context, {v});");
                }
                else if (c.Format == "uri")
                {
                    checks.Add($"global::ToolKit.Internal.ArgumentChecks.IsUri(ref __context, {v});");
                }

                if (checks.Count == 0)
                {
                    w.WriteLine($"{Reader}.TryReadString({args}, {expected}{lengths}, out {target});");
                }
                else
                {
                    w.OpenBlock($"if ({Reader}.TryReadString({args}, {expected}{lengths}, out string {v}))");
                    foreach (string check in checks)
                    {
                        w.WriteLine(check);
                    }

                    w.CloseBlock();
                    w.WriteLine($"{target} = {v};");
                }

                return;
            case JsonKind.Char:
                w.WriteLine($"{Reader}.TryReadChar({args}, {expected}, out char {v});");
                w.WriteLine($"{target} = {v};");
                return;
            case JsonKind.Boolean:
                w.WriteLine($"{Reader}.TryReadBoolean({args}, {expected}, out bool {v});");
                w.WriteLine($"{target} = {v};");
                return;
            case JsonKind.Integer:
                NumericBounds bounds = NumericBounds.For(type, c);
                if (NumericBounds.IsUnsigned(type.NumberType))
                {
                    w.WriteLine($"{Reader}.TryReadUnsignedInteger({args}, {NumericBounds.Text(bounds.Min!.Value)}UL, {NumericBounds.Text(bounds.Max!.Value)}UL, {expected}, out ulong {v});");
                }
                else
                {
                    w.WriteLine($"{Reader}.TryReadInteger({args}, {LongLiteral(bounds.Min!.Value)}, {LongLiteral(bounds.Max!.Value)}, {expected}, out long {v});");
                }

                w.WriteLine($"{target} = unchecked(({type.TypeName}){v});");
                return;
            case JsonKind.Number:
                NumericBounds n = NumericBounds.For(type, c);
                string min = n.Min is { } lo ? DoubleLiteral(lo) : type.NumberType == "Single" ? "-float.MaxValue" : "double.NegativeInfinity";
                string max = n.Max is { } hi ? DoubleLiteral(hi) : type.NumberType == "Single" ? "float.MaxValue" : "double.PositiveInfinity";
                string range = $"{min}, {(n.MinExclusive ? "true" : "false")}, {max}, {(n.MaxExclusive ? "true" : "false")}";
                if (type.NumberType == "Decimal")
                {
                    w.WriteLine($"{Reader}.TryReadDecimal({args}, {range}, {expected}, out decimal {v});");
                    w.WriteLine($"{target} = {v};");
                }
                else
                {
                    w.WriteLine($"{Reader}.TryReadDouble({args}, {range}, {expected}, out double {v});");
                    w.WriteLine($"{target} = ({type.TypeName}){v};");
                }

                return;
            case JsonKind.Enum when type.Enum!.IsFlags:
                _enumReaders[type.Enum.Id] = type.Enum;
                string flags = "__f" + _counter.ToString(CultureInfo.InvariantCulture);
                w.OpenBlock($"if (__reader.TokenType == {TokenType}.StartArray)");
                w.WriteLine($"{type.TypeName} {flags} = default;");
                w.WriteLine($"int {flags}_index = 0;");
                w.OpenBlock($"while (__reader.Read() && __reader.TokenType != {TokenType}.EndArray)");
                w.WriteLine($"__context.PushIndex({flags}_index++);");
                string itemExpected = Literals.CSharpString(Expectations.Describe(type with { Enum = type.Enum with { IsFlags = false } }, ConstraintSpec.None, false));
                // Repeated names are harmless for flags, so the schema does not ask for unique items.
                w.WriteLine($"{EnumReaderName(type.Enum.Id)}({args}, {itemExpected}, out {type.TypeName} {v});");
                w.WriteLine($"{flags} |= {v};");
                w.WriteLine("__context.Pop();");
                w.CloseBlock();
                w.WriteLine($"{target} = {flags};");
                w.CloseBlock();
                w.OpenBlock("else");
                w.WriteLine($"{Reader}.Mismatch({args}, {expected});");
                w.CloseBlock();
                return;
            case JsonKind.Enum:
                _enumReaders[type.Enum!.Id] = type.Enum;
                w.WriteLine($"{EnumReaderName(type.Enum.Id)}({args}, {expected}, out {type.TypeName} {v});");
                w.WriteLine($"{target} = {v};");
                return;
            case JsonKind.DateTime:
            case JsonKind.DateTimeOffset:
            case JsonKind.DateOnly:
            case JsonKind.TimeOnly:
            case JsonKind.TimeSpan:
            case JsonKind.Guid:
            case JsonKind.Uri:
                w.WriteLine($"{Reader}.TryRead{type.Kind}({args}, {expected}, out {type.TypeName} {v});");
                w.WriteLine($"{target} = {v};");
                return;
            case JsonKind.JsonElement:
                w.WriteLine($"{target} = global::System.Text.Json.JsonElement.ParseValue(ref __reader);");
                return;
            case JsonKind.JsonNode:
                string token = type.TypeName.EndsWith("JsonObject", StringComparison.Ordinal) ? "StartObject"
                    : type.TypeName.EndsWith("JsonArray", StringComparison.Ordinal) ? "StartArray" : null!;
                if (token is null)
                {
                    w.WriteLine($"{target} = global::System.Text.Json.Nodes.JsonNode.Parse(ref __reader)!;");
                }
                else
                {
                    w.OpenBlock($"if (__reader.TokenType == {TokenType}.{token})");
                    w.WriteLine($"{target} = ({type.TypeName})global::System.Text.Json.Nodes.JsonNode.Parse(ref __reader)!;");
                    w.CloseBlock();
                    w.OpenBlock("else");
                    w.WriteLine($"{Reader}.Mismatch({args}, {expected});");
                    w.CloseBlock();
                }

                return;
            case JsonKind.Array:
                EmitReadArray(w, type, c, target, expected, strict, v);
                return;
            case JsonKind.Dictionary:
                EmitReadDictionary(w, type, target, expected, strict, v);
                return;
            case JsonKind.Object:
                _objectReaders.Add((type.ObjectId!, strict));
                w.WriteLine($"{ObjectReaderName(type.ObjectId!, strict)}({args}, {expected}, out {type.TypeName} {v});");
                w.WriteLine($"{target} = {v};");
                return;
        }
    }

    private void EmitReadArray(SourceWriter w, TypeSpec type, ConstraintSpec c, string target, string expected, bool strict, string v)
    {
        TypeSpec element = type.Element!;
        string collection = type.Collection == CollectionKind.HashSet
            ? $"global::System.Collections.Generic.HashSet<{element.DeclaredTypeName}>"
            : $"global::System.Collections.Generic.List<{element.DeclaredTypeName}>";
        string item = v + "_item";
        string index = v + "_index";
        w.OpenBlock($"if (__reader.TokenType == {TokenType}.StartArray)");
        w.WriteLine($"var {v} = new {collection}();");
        w.WriteLine($"int {index} = 0;");
        w.OpenBlock($"while (__reader.Read() && __reader.TokenType != {TokenType}.EndArray)");
        w.WriteLine($"__context.PushIndex({index}++);");
        w.WriteLine($"{element.DeclaredTypeName} {item} = default!;");
        EmitRead(w, element, ConstraintSpec.None, element.IsNullable ? NullHandling.Assign : NullHandling.Reject, item, strict);
        w.WriteLine(type.Collection == CollectionKind.HashSet
            ? $"if (!{v}.Add({item})) {Reader}.DuplicateItem(ref __context);"
            : $"{v}.Add({item});");
        w.WriteLine("__context.Pop();");
        w.CloseBlock();
        if (c.MinLength is not null || c.MaxLength is not null)
        {
            w.WriteLine($"if ({v}.Count < {c.MinLength ?? 0} || {v}.Count > {c.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "int.MaxValue"}) {Reader}.CountOutOfRange(ref __context, {expected}, {v}.Count);");
        }

        w.WriteLine(type.Collection == CollectionKind.Array ? $"{target} = {v}.ToArray();" : $"{target} = {v};");
        w.CloseBlock();
        w.OpenBlock("else");
        w.WriteLine($"{Reader}.Mismatch(ref __reader, ref __context, {expected});");
        w.CloseBlock();
    }

    private void EmitReadDictionary(SourceWriter w, TypeSpec type, string target, string expected, bool strict, string v)
    {
        TypeSpec element = type.Element!;
        string key = v + "_key";
        string item = v + "_item";
        w.OpenBlock($"if (__reader.TokenType == {TokenType}.StartObject)");
        w.WriteLine($"var {v} = new global::System.Collections.Generic.Dictionary<string, {element.DeclaredTypeName}>(global::System.StringComparer.Ordinal);");
        w.OpenBlock($"while ({Reader}.NextProperty(ref __reader))");
        w.WriteLine($"string {key} = __reader.GetString()!;");
        w.WriteLine("__reader.Read();");
        w.WriteLine($"__context.Push({key});");
        w.WriteLine($"{element.DeclaredTypeName} {item} = default!;");
        EmitRead(w, element, ConstraintSpec.None, element.IsNullable ? NullHandling.Assign : NullHandling.Reject, item, strict);
        w.WriteLine($"{v}[{key}] = {item};");
        w.WriteLine("__context.Pop();");
        w.CloseBlock();
        w.WriteLine($"{target} = {v};");
        w.CloseBlock();
        w.OpenBlock("else");
        w.WriteLine($"{Reader}.Mismatch(ref __reader, ref __context, {expected});");
        w.CloseBlock();
    }

    private static string LongLiteral(decimal value) =>
        value == long.MinValue ? "long.MinValue" : NumericBounds.Text(value) + "L";

    private static string DoubleLiteral(decimal value) => ((double)value).ToString("R", CultureInfo.InvariantCulture) + "D";
}
