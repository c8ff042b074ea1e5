using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Emitting;

/// <summary>
/// Emits one tool type's partial: the tool definitions with their compile-time schemas, the <c>IToolSet</c>
/// dispatcher, and per tool a binder, a runner and a result writer.
/// </summary>
internal sealed class ToolSetEmitter
{
    private const string ValueTaskOfResult = "global::System.Threading.Tasks.ValueTask<global::ToolKit.ToolResult>";
    private const string Definitions = "global::System.Collections.Generic.IReadOnlyList<global::ToolKit.ToolDefinition>";

    private readonly ToolSetSpec _set;
    private readonly ObjectGraph _objects;
    private readonly Dictionary<ToolSpec, string> _ids;

    private ToolSetEmitter(ToolSetSpec set)
    {
        _set = set;
        _objects = new ObjectGraph(set.Objects);
        _ids = AssignIds(set);
    }

    public static string Emit(ToolSetSpec set) => new ToolSetEmitter(set).Emit();

    private string Emit()
    {
        ToolSetSpec set = _set;
        var binders = new BinderEmitter(_objects);
        var results = new ResultEmitter(_objects);
        var w = new SourceWriter();

        TypeShellWriter.Open(w, set.Namespace, set.Declarations, set.IsStatic ? null : "global::ToolKit.IToolSet");
        EmitDefinitions(w, set);
        w.WriteLine();
        EmitDispatcher(w, set);

        foreach (ToolSpec tool in set.Tools)
        {
            w.WriteLine();
            EmitInvoke(w, set, tool);
            w.WriteLine();
            binders.EmitToolBinder(w, tool, "__Bind_" + Id(tool));
            w.WriteLine();
            EmitRun(w, set, tool, results);
        }

        binders.EmitHelpers(w);
        results.EmitHelpers(w);

        TypeShellWriter.Close(w, set.Namespace, set.Declarations);
        return w.ToString();
    }

    // Generated member names come from tool names; '-' is not legal in C#, so "get-item" and "get_item" would
    // collide: the later one gets its position appended.
    private static Dictionary<ToolSpec, string> AssignIds(ToolSetSpec set)
    {
        var ids = new Dictionary<ToolSpec, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < set.Tools.Count; i++)
        {
            string id = set.Tools[i].ToolName.Replace('-', '_');
            ids[set.Tools[i]] = used.Add(id) ? id : id + "_" + i.ToString(CultureInfo.InvariantCulture);
        }

        return ids;
    }

    private string Id(ToolSpec tool) => _ids[tool];

    // Built on first use. All schemas live in one UTF-8 literal (concatenated at compile time) that is copied once,
    // and each definition is a slice of it; properties left at their defaults are not set. Both keep the getter's IL
    // small, which is most of the cold-start cost of a type with many tools.
    private void EmitDefinitions(SourceWriter w, ToolSetSpec set)
    {
        var schemas = set.Tools.Select(tool => SchemaBuilder.ForTool(tool, _objects)).ToList();
        w.WriteLine($"private static {Definitions}? __toolDefinitions;");
        w.WriteLine();
        w.WriteLine("/// <summary>The definitions of the tools in this type, with their JSON schemas built at compile time.</summary>");
        w.WriteLine($"public static {Definitions} ToolDefinitions => __toolDefinitions ??= __CreateToolDefinitions();");
        w.WriteLine();
        w.OpenBlock($"private static global::ToolKit.ToolDefinition[] __CreateToolDefinitions()");
        if (set.Tools.Count == 0)
        {
            w.WriteLine("return [];");
            w.CloseBlock();
            return;
        }

        w.WriteLine("byte[] __schemas = (");
        w.Indent();
        for (int i = 0; i < schemas.Count; i++)
        {
            w.WriteLine($"{Literals.CSharpString(schemas[i])}u8{(i == schemas.Count - 1 ? ").ToArray();" : " +")}");
        }

        w.Unindent();
        w.WriteLine("return");
        w.WriteLine("[");
        w.Indent();
        int offset = 0;
        for (int i = 0; i < set.Tools.Count; i++)
        {
            ToolSpec tool = set.Tools[i];
            int length = System.Text.Encoding.UTF8.GetByteCount(schemas[i]);
            var initializers = new List<string>();
            if (tool.RequiresApproval)
            {
                initializers.Add("RequiresApproval = true");
            }

            if (tool.Idempotent)
            {
                initializers.Add("Idempotent = true");
            }

            if (tool.Sequential)
            {
                initializers.Add("Sequential = true");
            }

            if (tool.TimeoutSeconds > 0)
            {
                initializers.Add($"Timeout = global::System.TimeSpan.FromSeconds({tool.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)})");
            }

            string description = tool.Description is null ? "null" : Literals.CSharpString(tool.Description);
            string arguments = $"{Literals.CSharpString(tool.ToolName)}, {description}, new global::System.ReadOnlyMemory<byte>(__schemas, {offset.ToString(CultureInfo.InvariantCulture)}, {length.ToString(CultureInfo.InvariantCulture)}), strict: {Bool(tool.Strict)}";
            w.WriteLine(initializers.Count == 0
                ? $"new global::ToolKit.ToolDefinition({arguments}),"
                : $"new global::ToolKit.ToolDefinition({arguments}) {{ {string.Join(", ", initializers)} }},");
            offset += length;
        }

        w.Unindent();
        w.WriteLine("];");
        w.CloseBlock();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private void EmitDispatcher(SourceWriter w, ToolSetSpec set)
    {
        if (set.IsStatic)
        {
            w.WriteLine("/// <summary>The tools of this static type as a tool set.</summary>");
            w.WriteLine("public static global::ToolKit.IToolSet ToolSet { get; } = new __GeneratedToolSet();");
            w.WriteLine();
            w.OpenBlock("private sealed class __GeneratedToolSet : global::ToolKit.IToolSet");
            w.WriteLine($"public {Definitions} Definitions => ToolDefinitions;");
            w.WriteLine();
            w.OpenBlock($"public {ValueTaskOfResult} InvokeAsync(global::ToolKit.ToolCall call, global::ToolKit.ToolContext context, global::System.Threading.CancellationToken cancellationToken = default)");
            EmitSwitch(w, set, "");
            w.CloseBlock();
            w.CloseBlock();
            return;
        }

        w.WriteLine($"{Definitions} global::ToolKit.IToolSet.Definitions => ToolDefinitions;");
        w.WriteLine();
        w.OpenBlock($"{ValueTaskOfResult} global::ToolKit.IToolSet.InvokeAsync(global::ToolKit.ToolCall call, global::ToolKit.ToolContext context, global::System.Threading.CancellationToken cancellationToken)");
        EmitSwitch(w, set, "this, ");
        w.CloseBlock();
    }

    private void EmitSwitch(SourceWriter w, ToolSetSpec set, string target)
    {
        w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(call);");
        w.OpenBlock("switch (call.Name)");
        foreach (ToolSpec tool in set.Tools)
        {
            w.WriteLine($"case {Literals.CSharpString(tool.ToolName)}: return __Invoke_{Id(tool)}({target}call, context, cancellationToken);");
        }

        w.WriteLine("default: return new(global::ToolKit.ToolResult.UnknownTool(call.Name, ToolDefinitions));");
        w.CloseBlock();
    }

    private void EmitInvoke(SourceWriter w, ToolSetSpec set, ToolSpec tool)
    {
        var arguments = tool.Parameters.Where(p => p.Source == ParameterSource.Arguments).ToList();
        w.OpenBlock($"private static {ValueTaskOfResult} __Invoke_{Id(tool)}({TargetParameter(set)}global::ToolKit.ToolCall __call, global::ToolKit.ToolContext __toolContext, global::System.Threading.CancellationToken __cancellationToken)");
        string outs = string.Concat(arguments.Select(p => $", out {p.Type!.DeclaredTypeName} @{p.Name}"));
        w.OpenBlock($"if (!__Bind_{Id(tool)}(__call.Arguments, out var __errors{outs}))");
        w.WriteLine("return new(global::ToolKit.ToolResult.InvalidArguments(__call.Name, __errors));");
        w.CloseBlock();
        w.WriteLine();
        string passed = string.Concat(arguments.Select(p => $", @{p.Name}"));
        w.WriteLine($"return __Run_{Id(tool)}({(set.IsStatic ? "" : "__target, ")}__call, __toolContext, __cancellationToken{passed});");
        w.CloseBlock();
    }

    private void EmitRun(SourceWriter w, ToolSetSpec set, ToolSpec tool, ResultEmitter results)
    {
        var arguments = tool.Parameters.Where(p => p.Source == ParameterSource.Arguments).ToList();
        string parameters = string.Concat(arguments.Select(p => $", {p.Type!.DeclaredTypeName} @{p.Name}"));
        bool isAsync = tool.Return.IsAsync;
        string header = $"private static {(isAsync ? "async " : "")}{ValueTaskOfResult} __Run_{Id(tool)}({TargetParameter(set)}global::ToolKit.ToolCall __call, global::ToolKit.ToolContext __toolContext, global::System.Threading.CancellationToken __cancellationToken{parameters})";
        w.OpenBlock(header);
        w.OpenBlock("try");

        string call = (tool.IsStatic ? set.TypeName : "__target") + "." + Identifiers.Escape(tool.MethodName) + "(" +
            string.Join(", ", tool.Parameters.Select(p => ArgumentExpression(p, tool))) + ")";
        string awaited = isAsync ? $"await {call}.ConfigureAwait(false)" : call;
        string wrap(string result) => isAsync ? result : $"new({result})";
        switch (tool.Return.Kind)
        {
            case ResultKind.None:
                w.WriteLine(awaited + ";");
                w.WriteLine($"return {wrap("global::ToolKit.ToolResult.Done")};");
                break;
            case ResultKind.Text:
                w.WriteLine($"return {wrap($"global::ToolKit.ToolResult.Text({awaited})")};");
                break;
            case ResultKind.ToolResult:
                w.WriteLine($"return {wrap($"{awaited} ?? global::ToolKit.ToolResult.Done")};");
                break;
            case ResultKind.Json:
                TypeSpec type = tool.Return.Type!;
                w.WriteLine($"{type.DeclaredTypeName} __result = {awaited};");
                w.WriteLine($"return {wrap($"global::ToolKit.Internal.ResultWriter.ToResult(__result, __WriteResult_{Id(tool)})")};");
                break;
        }

        w.CloseBlock();
        w.OpenBlock("catch (global::System.Exception __exception) when (global::ToolKit.Internal.ToolInvocation.IsToolFailure(__exception, __cancellationToken))");
        w.WriteLine($"return {wrap("global::ToolKit.Internal.ToolInvocation.Failed(__call, __toolContext, __exception)")};");
        w.CloseBlock();
        w.CloseBlock();

        if (tool.Return.Kind == ResultKind.Json)
        {
            w.WriteLine();
            w.OpenBlock($"private static void __WriteResult_{Id(tool)}(global::System.Text.Json.Utf8JsonWriter __writer, {tool.Return.Type!.DeclaredTypeName} __value)");
            results.EmitWrite(w, tool.Return.Type!, "__value");
            w.CloseBlock();
        }
    }

    private static string TargetParameter(ToolSetSpec set) => set.IsStatic ? "" : set.TypeName + " __target, ";

    private static string ArgumentExpression(ParameterSpec p, ToolSpec tool) => p.Source switch
    {
        ParameterSource.Arguments => "@" + p.Name,
        ParameterSource.CancellationToken => "__cancellationToken",
        ParameterSource.ToolContext => "__toolContext",
        ParameterSource.ServiceProvider => p.IsOptionalService
            ? "__toolContext?.Services"
            : $"global::ToolKit.Internal.ToolInvocation.RequireServices(__toolContext, {Literals.CSharpString(tool.ToolName)})",
        ParameterSource.Service => p.IsOptionalService
            ? $"global::ToolKit.Internal.ToolInvocation.GetService<{p.TypeName.TrimEnd('?')}>(__toolContext)"
            : $"global::ToolKit.Internal.ToolInvocation.GetRequiredService<{p.TypeName}>(__toolContext, {Literals.CSharpString(tool.ToolName)})",
        _ => "default!",
    };
}
