using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Parsing;

/// <summary>
/// Maps CLR types to <see cref="TypeSpec"/>s following the type table in DESIGN.md §3. Objects and enums found on
/// the way are collected by id; a type with no mapping is reported and yields null.
/// </summary>
internal sealed class TypeParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly Dictionary<string, ObjectSpec?> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumSpec> _enums = new(StringComparer.Ordinal);
    private readonly ProblemSink _problems;
    private readonly CancellationToken _cancellationToken;

    public TypeParser(ProblemSink problems, CancellationToken cancellationToken)
    {
        _problems = problems;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The objects found, ordered by id.</summary>
    public EquatableArray<ObjectSpec> Objects =>
        _objects.Values.Where(o => o is not null).Select(o => o!).OrderBy(o => o.Id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The enums found, ordered by id.</summary>
    public EquatableArray<EnumSpec> Enums => _enums.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Maps <paramref name="type"/>; <paramref name="what"/> names the value for error messages ("parameter 'days'").</summary>
    public TypeSpec? Parse(ITypeSymbol type, string what, Location? location)
    {
        _cancellationToken.ThrowIfCancellationRequested();

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return Parse(nullable.TypeArguments[0], what, location)?.WithNullable(true);
        }

        bool isNullable = !type.IsValueType && type.NullableAnnotation == NullableAnnotation.Annotated;
        ITypeSymbol bare = type.IsValueType ? type : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        string name = bare.ToDisplayString(TypeFormat);
        TypeSpec Simple(JsonKind kind, string? numberType = null) => new(kind, name, isNullable, type.IsValueType, numberType);

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return Simple(JsonKind.String);
            case SpecialType.System_Char: return Simple(JsonKind.Char);
            case SpecialType.System_Boolean: return Simple(JsonKind.Boolean);
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return Simple(JsonKind.Integer, type.MetadataName);
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return Simple(JsonKind.Number, type.MetadataName);
            case SpecialType.System_DateTime: return Simple(JsonKind.DateTime);
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol enumType)
        {
            EnumSpec spec = ParseEnum(enumType);
            if (spec.Members.Count == 0)
            {
                // An enum schema with no values accepts nothing: the tool could never be called.
                _problems.Report(DiagnosticDescriptors.EmptyEnum, location, enumType.Name, $"{what} of '{_problems.ToolName}'");
                return null;
            }

            return new TypeSpec(JsonKind.Enum, name, isNullable, true, Enum: spec);
        }

        string fullName = Attributes.FullName(bare);
        switch (fullName)
        {
            case "System.DateTimeOffset": return Simple(JsonKind.DateTimeOffset);
            case "System.DateOnly": return Simple(JsonKind.DateOnly);
            case "System.TimeOnly": return Simple(JsonKind.TimeOnly);
            case "System.TimeSpan": return Simple(JsonKind.TimeSpan);
            case "System.Guid": return Simple(JsonKind.Guid);
            case "System.Uri": return Simple(JsonKind.Uri);
            case KnownNames.JsonElement: return Simple(JsonKind.JsonElement);
            case KnownNames.JsonNode:
            case KnownNames.JsonObject:
            case KnownNames.JsonArray:
                return Simple(JsonKind.JsonNode);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                return Unsupported(what, type, location, "; use a single-dimensional array or a list");
            }

            TypeSpec? element = Parse(array.ElementType, what + " item", location);
            return element is null ? null : new TypeSpec(JsonKind.Array, name, isNullable, false, Element: element, Collection: CollectionKind.Array);
        }

        if (type is INamedTypeSymbol named && named.IsGenericType)
        {
            string definition = Attributes.FullName(named.OriginalDefinition);
            switch (definition)
            {
                case "System.Collections.Generic.List`1":
                case "System.Collections.Generic.IList`1":
                case "System.Collections.Generic.ICollection`1":
                case "System.Collections.Generic.IReadOnlyList`1":
                case "System.Collections.Generic.IReadOnlyCollection`1":
                case "System.Collections.Generic.IEnumerable`1":
                    return Collection(named, name, isNullable, CollectionKind.List, what, location);
                case "System.Collections.Generic.HashSet`1":
                case "System.Collections.Generic.ISet`1":
                case "System.Collections.Generic.IReadOnlySet`1":
                    return Collection(named, name, isNullable, CollectionKind.HashSet, what, location);
                case "System.Collections.Generic.Dictionary`2":
                case "System.Collections.Generic.IDictionary`2":
                case "System.Collections.Generic.IReadOnlyDictionary`2":
                    if (named.TypeArguments[0].SpecialType != SpecialType.System_String)
                    {
                        return Unsupported(what, type, location, "; dictionary keys must be strings, because JSON object keys are");
                    }

                    TypeSpec? value = Parse(named.TypeArguments[1], what + " value", location);
                    return value is null ? null : new TypeSpec(JsonKind.Dictionary, name, isNullable, false, Element: value, Collection: CollectionKind.Dictionary);
            }
        }

        if (type is INamedTypeSymbol objectType
            && objectType.TypeKind is TypeKind.Class or TypeKind.Struct
            && objectType.SpecialType == SpecialType.None
            && !IsUnsupportedObject(objectType, out string? why))
        {
            string id = ParseObject(objectType, what, location);
            return new TypeSpec(JsonKind.Object, name, isNullable, type.IsValueType, ObjectId: id);
        }

        return Unsupported(what, type, location, type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic
            ? "; use a specific type, or JsonElement for any JSON"
            : type.TypeKind == TypeKind.TypeParameter ? "; generic type parameters have no fixed schema" : "");
    }

    private TypeSpec? Collection(INamedTypeSymbol named, string name, bool isNullable, CollectionKind kind, string what, Location? location)
    {
        TypeSpec? element = Parse(named.TypeArguments[0], what + " item", location);
        return element is null ? null : new TypeSpec(JsonKind.Array, name, isNullable, false, Element: element, Collection: kind);
    }

    private static bool IsUnsupportedObject(INamedTypeSymbol type, out string? why)
    {
        why = null;
        string ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return type.IsTupleType
            || type.IsAnonymousType
            || type.TypeKind == TypeKind.Delegate
            || type.IsRefLikeType
            || ns == "System.Threading.Tasks"
            || ns.StartsWith("System.Collections", StringComparison.Ordinal)
            || (ns == "System" && type.Name is "Object" or "Type" or "IntPtr" or "Action" or "Func" or "Lazy" or "Nullable");
    }

    private TypeSpec? Unsupported(string what, ITypeSymbol type, Location? location, string hint)
    {
        _problems.Report(DiagnosticDescriptors.UnsupportedType, location, _problems.ToolName, what, type.ToDisplayString(), hint);
        return null;
    }

    private EnumSpec ParseEnum(INamedTypeSymbol type)
    {
        string id = IdOf(type);
        if (_enums.TryGetValue(id, out EnumSpec? existing))
        {
            return existing;
        }

        var members = new List<EnumMemberSpec>();
        foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
        {
            string jsonName = Attributes.Find(field, KnownNames.JsonStringEnumMemberNameAttribute) is { ConstructorArguments.Length: 1 } a
                && a.ConstructorArguments[0].Value is string custom
                ? custom
                : NamingPolicy.SnakeCase(field.Name);
            string? description = Attributes.Description(field) ?? DocumentationReader.Element(DocumentationReader.Read(field, _cancellationToken), "summary");
            members.Add(new EnumMemberSpec(field.Name, jsonName, Convert.ToString(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) ?? "0", description));
        }

        var spec = new EnumSpec(id, type.ToDisplayString(TypeFormat), Attributes.Has(type, KnownNames.FlagsAttribute), members.ToEquatableArray());
        _enums[id] = spec;
        return spec;
    }

    private string ParseObject(INamedTypeSymbol type, string what, Location? location)
    {
        string id = IdOf(type);
        if (_objects.ContainsKey(id))
        {
            return id; // already parsed, or being parsed further up: a recursive type.
        }

        _objects[id] = null;
        XElement? typeDoc = DocumentationReader.Read(type, _cancellationToken);
        IMethodSymbol? constructor = ChooseConstructor(type, out bool canConstruct);
        var properties = new List<PropertySpec>();
        var usedParameters = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        var jsonNames = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (IPropertySymbol property in PublicProperties(type))
        {
            IParameterSymbol? parameter = constructor?.Parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is not null)
            {
                usedParameters.Add(parameter);
            }

            bool publicGet = property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
            MemberBinding binding = parameter is not null ? MemberBinding.ConstructorParameter
                : property.SetMethod is { DeclaredAccessibility: Accessibility.Public } setter ? (setter.IsInitOnly ? MemberBinding.InitOnly : MemberBinding.Settable)
                : MemberBinding.None;
            if (!publicGet && binding == MemberBinding.None)
            {
                continue;
            }

            PropertySpec? spec = ParseMember(type, typeDoc, property, parameter, binding, constructor, what, location);
            if (spec is not null)
            {
                properties.Add(spec);
                CheckJsonName(type, spec, property, jsonNames, location);
            }
        }

        if (constructor is not null)
        {
            foreach (IParameterSymbol parameter in constructor.Parameters.Where(p => !usedParameters.Contains(p)))
            {
                PropertySpec? spec = ParseMember(type, typeDoc, null, parameter, MemberBinding.ConstructorParameter, constructor, what, location);
                if (spec is not null)
                {
                    properties.Add(spec);
                    CheckJsonName(type, spec, parameter, jsonNames, location);
                }
            }
        }

        string? description = Attributes.Description(type) ?? DocumentationReader.TypeDescription(typeDoc);
        _objects[id] = new ObjectSpec(id, type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat), SchemaNameOf(type), type.IsValueType, description,
            properties.ToEquatableArray(), canConstruct, constructor?.Parameters.Length ?? 0);
        return id;
    }

    // Two members with one JSON name would give the binder two identical case labels and the writer duplicate keys.
    private void CheckJsonName(INamedTypeSymbol owner, PropertySpec spec, ISymbol member, Dictionary<string, string> seen, Location? fallback)
    {
        if (seen.TryGetValue(spec.JsonName, out string? first))
        {
            Location? location = member.Locations.FirstOrDefault(l => l.IsInSource) ?? fallback;
            _problems.Report(DiagnosticDescriptors.DuplicateMemberJsonName, location, owner.Name, first, spec.Name, spec.JsonName);
        }
        else
        {
            seen[spec.JsonName] = spec.Name;
        }
    }

    private PropertySpec? ParseMember(INamedTypeSymbol owner, XElement? typeDoc, IPropertySymbol? property, IParameterSymbol? parameter,
        MemberBinding binding, IMethodSymbol? constructor, string what, Location? location)
    {
        ISymbol primary = (ISymbol?)property ?? parameter!;
        string jsonName = (property is null ? null : Attributes.JsonName(property))
            ?? (parameter is null ? null : Attributes.JsonName(parameter))
            ?? NamingPolicy.SnakeCase(primary.Name);
        ITypeSymbol memberType = property?.Type ?? parameter!.Type;
        TypeSpec? type = Parse(memberType, $"{what} member '{owner.Name}.{primary.Name}'", location);
        if (type is null)
        {
            return null;
        }

        string? description = Attributes.Description(primary)
            ?? (parameter is null ? null : Attributes.Description(parameter))
            ?? (property is null ? null : DocumentationReader.Element(DocumentationReader.Read(property, _cancellationToken), "summary"))
            ?? (parameter is null ? null : DocumentationReader.Parameter(typeDoc, parameter.Name));

        bool required;
        DefaultValueSpec? defaultValue = null;
        bool annotatedRequired = (property is not null && (Attributes.Has(property, KnownNames.RequiredAttribute) || Attributes.Has(property, KnownNames.JsonRequiredAttribute)))
            || (parameter is not null && Attributes.Has(parameter, KnownNames.RequiredAttribute));
        if (binding == MemberBinding.ConstructorParameter)
        {
            required = !parameter!.HasExplicitDefaultValue || annotatedRequired;
            if (parameter.HasExplicitDefaultValue)
            {
                defaultValue = Literals.FromConstant(parameter.ExplicitDefaultValue, type, parameter.Type);
            }
        }
        else if (binding is MemberBinding.Settable or MemberBinding.InitOnly)
        {
            ExpressionSyntax? initializer = InitializerOf(property!);
            object? constant = null;
            bool isConstant = false;
            if (initializer is not null)
            {
                constant = Literals.EvaluateInitializer(initializer, property!.Type, out isConstant);
            }

            required = property!.IsRequired || annotatedRequired
                || (initializer is null && !type.IsNullable && !property.Type.IsValueType);
            if (isConstant)
            {
                defaultValue = Literals.FromConstant(constant, type, property.Type);
            }
            else if (initializer is null && !required && !type.IsNullable)
            {
                defaultValue = Literals.FromConstant(null, type, property.Type);
            }
        }
        else
        {
            required = false;
        }

        if (!required && defaultValue is null && type.IsNullable && binding != MemberBinding.None && binding != MemberBinding.ConstructorParameter
            && InitializerOf(property!) is null)
        {
            defaultValue = new DefaultValueSpec("null", "null");
        }

        return new PropertySpec(primary.Name, jsonName, type, description, required, defaultValue,
            ConstraintReader.Read(primary, property is null ? null : parameter), binding,
            binding == MemberBinding.ConstructorParameter ? constructor!.Parameters.IndexOf(parameter!) : -1,
            property?.GetMethod is { DeclaredAccessibility: Accessibility.Public });
    }

    private ExpressionSyntax? InitializerOf(IPropertySymbol property)
    {
        foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is PropertyDeclarationSyntax { Initializer.Value: { } value })
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The public instance properties that become JSON members, derived first; shared with the analyzer's rules.</summary>
    internal static IEnumerable<IPropertySymbol> PublicProperties(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? t = type; t is not null && t.SpecialType != SpecialType.System_Object && t.SpecialType != SpecialType.System_ValueType; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        // Walk derived first so that an override or 'new' member wins, then list base members first.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var picked = new List<(int Level, int Order, IPropertySymbol Property)>();
        for (int level = chain.Count - 1; level >= 0; level--)
        {
            int order = 0;
            foreach (IPropertySymbol property in chain[level].GetMembers().OfType<IPropertySymbol>())
            {
                order++;
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.IsImplicitlyDeclared && !chain[level].IsRecord
                    || (chain[level].IsRecord && property.Name == "EqualityContract")
                    || !seen.Add(property.Name) || IsIgnored(property))
                {
                    continue;
                }

                picked.Add((level, order, property));
            }
        }

        return picked.OrderBy(p => p.Level).ThenBy(p => p.Order).Select(p => p.Property);
    }

    private static bool IsIgnored(IPropertySymbol property) =>
        Attributes.Find(property, KnownNames.JsonIgnoreAttribute) is { } ignore
        && (ignore.NamedArguments.Length == 0 || ignore.NamedArguments.Any(a => a.Key == "Condition" && a.Value.Value is int condition && condition == 1));

    /// <summary>The constructor the binder calls, or null for a parameterless one; shared with the analyzer's rules.</summary>
    internal static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, out bool canConstruct)
    {
        canConstruct = !type.IsAbstract && !type.IsStatic;
        var candidates = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && !IsCopyConstructor(type, c))
            .ToList();
        IMethodSymbol? marked = candidates.FirstOrDefault(c => Attributes.Has(c, KnownNames.JsonConstructorAttribute));
        if (marked is not null)
        {
            return marked.Parameters.Length == 0 ? null : marked;
        }

        if (type.IsValueType)
        {
            // Every struct has a parameterless constructor; an implicit one does not hide a declared constructor with
            // parameters, such as the primary constructor of a positional record struct.
            var declared = candidates.Where(c => !c.IsImplicitlyDeclared).ToList();
            return declared.Count == 1 && declared[0].Parameters.Length > 0 ? declared[0] : null;
        }

        if (candidates.Any(c => c.Parameters.Length == 0))
        {
            return null;
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        canConstruct = false;
        return null;
    }

    private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor) =>
        type.IsRecord && constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    /// <summary>A stable identifier for a type: its full name with every non-identifier character made '_'.</summary>
    public static string IdOf(ITypeSymbol type)
    {
        string display = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (display.StartsWith("global::", StringComparison.Ordinal))
        {
            display = display.Substring(8);
        }

        var id = new StringBuilder(display.Length);
        foreach (char c in display)
        {
            id.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return id.ToString().TrimEnd('_');
    }

    private static string SchemaNameOf(INamedTypeSymbol type) =>
        type.IsGenericType ? type.Name + "Of" + string.Join("", type.TypeArguments.Select(a => a.Name)) : type.Name;
}
