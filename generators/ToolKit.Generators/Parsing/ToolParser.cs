using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Parsing;

/// <summary>
/// Builds the model of one <c>[Tool]</c> method from symbols alone. The generator and the analyzers share it, so
/// that what is reported and what is generated never disagree.
/// </summary>
internal static class ToolParser
{
    private static readonly Regex ToolNamePattern = new("^[a-zA-Z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="name"/> is a legal tool name.</summary>
    public static bool IsValidToolName(string name) => ToolNamePattern.IsMatch(name);

    /// <summary>
    /// Parses <paramref name="method"/>. Problems go to <paramref name="problems"/>; the result is null when an error
    /// makes the tool impossible to generate. With <paramref name="keepOnErrors"/> (the analyzer) the model is returned
    /// whenever it can be built, so that the rules can still look at what was parsed; parameters that failed are left out.
    /// </summary>
    public static ToolMethodModel? Parse(IMethodSymbol method, AttributeData toolAttribute, ProblemSink problems, CancellationToken cancellationToken,
        bool keepOnErrors = false)
    {
        INamedTypeSymbol type = method.ContainingType;
        Location? methodLocation = method.Locations.FirstOrDefault();

        string toolName = ToolNameOf(method, toolAttribute);
        problems.ToolName = toolName;

        CheckContainingTypes(type, problems);
        GeneratedMembers.CheckToolType(type, problems);
        CheckSignature(method, problems, methodLocation);
        if (!IsValidToolName(toolName))
        {
            problems.Report(DiagnosticDescriptors.InvalidToolName, NamedArgumentLocation(toolAttribute, "Name", cancellationToken) ?? methodLocation, toolName);
        }

        XElement? doc = DocumentationReader.Read(method, cancellationToken);
        string? description = Attributes.Named<string>(toolAttribute, "Description")
            ?? Attributes.Description(method)
            ?? DocumentationReader.MethodDescription(doc);
        bool strict = Attributes.Named<bool>(toolAttribute, "Strict");

        var types = new TypeParser(problems, cancellationToken);
        var parameters = new List<ParameterSpec>();
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            ParameterSpec? spec = ParseParameter(parameter, doc, types, problems);
            if (spec is not null)
            {
                parameters.Add(spec);
            }
        }

        ReturnSpec? returns = ParseReturn(method, doc, types, problems, methodLocation);
        CheckJsonNames(method, parameters, problems);

        if ((problems.HasErrors && !keepOnErrors) || returns is null)
        {
            return null;
        }

        var tool = new ToolSpec(method.Name, toolName, description, method.IsStatic, strict,
            Attributes.Named<bool>(toolAttribute, "RequiresApproval"),
            Attributes.Named<bool>(toolAttribute, "Idempotent"),
            Attributes.Named<bool>(toolAttribute, "Sequential"),
            Attributes.Named<int>(toolAttribute, "TimeoutSeconds"),
            parameters.ToEquatableArray(), returns);

        int order = type.GetMembers().IndexOf(method);
        return new ToolMethodModel(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            Declarations(type), type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), type.IsStatic, order,
            tool, types.Objects, types.Enums);
    }

    /// <summary>The tool name: <c>[Tool(Name)]</c>, else the method name in snake_case without <c>Async</c>.</summary>
    public static string ToolNameOf(IMethodSymbol method, AttributeData toolAttribute) =>
        Attributes.Named<string>(toolAttribute, "Name") ?? NamingPolicy.ToolName(method.Name);

    /// <summary>Where a parameter gets its value: from the model's arguments, or bound by its type.</summary>
    public static ParameterSource SourceOf(IParameterSymbol parameter)
    {
        string fullName = Attributes.FullName(parameter.Type);
        return fullName switch
        {
            "System.Threading.CancellationToken" => ParameterSource.CancellationToken,
            KnownNames.ToolContext => ParameterSource.ToolContext,
            "System.IServiceProvider" => ParameterSource.ServiceProvider,
            _ => Attributes.HasNamed(parameter, KnownNames.FromServicesAttributeName) ? ParameterSource.Service : ParameterSource.Arguments,
        };
    }

    private static ParameterSpec? ParseParameter(IParameterSymbol parameter, XElement? doc, TypeParser types, ProblemSink problems)
    {
        string typeName = parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        bool optional = parameter.HasExplicitDefaultValue || parameter.NullableAnnotation == NullableAnnotation.Annotated;
        ParameterSource source = SourceOf(parameter);
        if (source != ParameterSource.Arguments)
        {
            return new ParameterSpec(parameter.Name, parameter.Name, source, typeName, null, null, false, null, ConstraintSpec.None, optional);
        }

        string jsonName = Attributes.JsonName(parameter) ?? NamingPolicy.SnakeCase(parameter.Name);
        TypeSpec? type = types.Parse(parameter.Type, $"parameter '{parameter.Name}'", parameter.Locations.FirstOrDefault());
        if (type is null)
        {
            return null;
        }

        DefaultValueSpec? defaultValue = parameter.HasExplicitDefaultValue
            ? Literals.FromConstant(parameter.ExplicitDefaultValue, type, parameter.Type)
            : null;
        string? description = Attributes.Description(parameter) ?? DocumentationReader.Parameter(doc, parameter.Name);
        return new ParameterSpec(parameter.Name, jsonName, ParameterSource.Arguments, typeName, type, description,
            !parameter.HasExplicitDefaultValue, defaultValue, ConstraintReader.Read(parameter), false);
    }

    private static ReturnSpec? ParseReturn(IMethodSymbol method, XElement? doc, TypeParser types, ProblemSink problems, Location? location)
    {
        string? description = DocumentationReader.Element(doc, "returns");
        if (method.ReturnsVoid)
        {
            return new ReturnSpec(ReturnShape.Void, ResultKind.None, null, description);
        }

        ITypeSymbol returnType = method.ReturnType;
        ReturnShape shape = ReturnShape.Value;
        string fullName = Attributes.FullName(returnType.OriginalDefinition);
        switch (fullName)
        {
            case "System.Threading.Tasks.Task":
                return new ReturnSpec(ReturnShape.Task, ResultKind.None, null, description);
            case "System.Threading.Tasks.ValueTask":
                return new ReturnSpec(ReturnShape.ValueTask, ResultKind.None, null, description);
            case "System.Threading.Tasks.Task`1":
                shape = ReturnShape.TaskOfT;
                returnType = ((INamedTypeSymbol)returnType).TypeArguments[0];
                break;
            case "System.Threading.Tasks.ValueTask`1":
                shape = ReturnShape.ValueTaskOfT;
                returnType = ((INamedTypeSymbol)returnType).TypeArguments[0];
                break;
        }

        if (Attributes.FullName(returnType) == KnownNames.ToolResult)
        {
            return new ReturnSpec(shape, ResultKind.ToolResult, null, description);
        }

        if (returnType.SpecialType == SpecialType.System_String)
        {
            return new ReturnSpec(shape, ResultKind.Text, null, description);
        }

        TypeSpec? type = types.Parse(returnType, "the return value", location);
        return type is null ? null : new ReturnSpec(shape, ResultKind.Json, type, description);
    }

    // Two arguments with one JSON name would give the binder two identical case labels: the tool cannot be generated.
    private static void CheckJsonNames(IMethodSymbol method, List<ParameterSpec> parameters, ProblemSink problems)
    {
        var seen = new Dictionary<string, ParameterSpec>(System.StringComparer.Ordinal);
        foreach (ParameterSpec parameter in parameters)
        {
            if (parameter.Source != ParameterSource.Arguments)
            {
                continue;
            }

            if (seen.TryGetValue(parameter.JsonName, out ParameterSpec? first))
            {
                Location? location = method.Parameters.FirstOrDefault(p => p.Name == parameter.Name)?.Locations.FirstOrDefault();
                problems.Report(DiagnosticDescriptors.DuplicateJsonName, location, problems.ToolName,
                    $"parameter '{first.Name}'", $"parameter '{parameter.Name}'", parameter.JsonName);
            }
            else
            {
                seen[parameter.JsonName] = parameter;
            }
        }
    }

    internal static void CheckContainingTypes(INamedTypeSymbol type, ProblemSink problems)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            bool isPartial = t.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!isPartial)
            {
                string where = SymbolEqualityComparer.Default.Equals(t, type) ? "" : $" (it contains '{type.Name}', which has the tools)";
                problems.Report(DiagnosticDescriptors.TypeNotPartial, t.Locations.FirstOrDefault(), t.Name, where);
            }

            if (t.IsGenericType)
            {
                problems.Report(DiagnosticDescriptors.UnsupportedSignature, t.Locations.FirstOrDefault(), type.Name + "." + t.Name,
                    "tools cannot be declared in a generic type; move them to a non-generic type");
            }

            if (t.TypeKind is not TypeKind.Class and not TypeKind.Struct)
            {
                problems.Report(DiagnosticDescriptors.UnsupportedSignature, t.Locations.FirstOrDefault(), t.Name,
                    "tools must be declared in a class, record or struct");
            }
        }
    }

    private static void CheckSignature(IMethodSymbol method, ProblemSink problems, Location? location)
    {
        if (method.IsGenericMethod)
        {
            problems.Report(DiagnosticDescriptors.UnsupportedSignature, location, method.Name, "generic methods have no fixed schema; make it non-generic");
        }

        if (method.IsAsync && method.ReturnsVoid)
        {
            problems.Report(DiagnosticDescriptors.UnsupportedSignature, location, method.Name, "'async void' cannot be awaited and loses exceptions; return Task instead");
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            problems.Report(DiagnosticDescriptors.UnsupportedSignature, location, method.Name, "it returns by reference");
        }

        if (method.IsAbstract)
        {
            problems.Report(DiagnosticDescriptors.InaccessibleMethod, location, method.Name, "is abstract");
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            string? why = parameter.RefKind switch
            {
                RefKind.Ref => "ref",
                RefKind.Out => "out",
                RefKind.In => "in",
                RefKind.RefReadOnlyParameter => "ref readonly",
                _ => null,
            };
            if (why is not null)
            {
                problems.Report(DiagnosticDescriptors.UnsupportedSignature, parameter.Locations.FirstOrDefault(), method.Name,
                    $"parameter '{parameter.Name}' is '{why}', but arguments from a model can only be passed by value");
            }
            else if (parameter.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
            {
                problems.Report(DiagnosticDescriptors.UnsupportedSignature, parameter.Locations.FirstOrDefault(), method.Name,
                    $"parameter '{parameter.Name}' is a pointer");
            }
            else if (parameter.IsParams)
            {
                problems.Report(DiagnosticDescriptors.UnsupportedSignature, parameter.Locations.FirstOrDefault(), method.Name,
                    $"parameter '{parameter.Name}' is 'params'; declare it as a plain array or list");
            }
        }
    }

    internal static EquatableArray<TypeDeclarationSpec> Declarations(INamedTypeSymbol type)
    {
        var declarations = new List<TypeDeclarationSpec>();
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            string keyword = t.IsRecord ? (t.IsValueType ? "record struct" : "record") : t.IsValueType ? "struct" : "class";
            declarations.Insert(0, new TypeDeclarationSpec(keyword, t.Name, t.IsStatic));
        }

        return declarations.ToEquatableArray();
    }

    /// <summary>The <c>Name = value</c> argument of an attribute, or null when it is not written out.</summary>
    public static Location? NamedArgumentLocation(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } list })
        {
            foreach (AttributeArgumentSyntax argument in list.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.GetLocation();
                }
            }
        }

        return null;
    }
}
