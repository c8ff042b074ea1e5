using ToolKit.Generators.Model;
using ToolKit.Generators.Parsing;

namespace ToolKit.Generators.Emitting;

/// <summary>
/// Emits a <c>[StructuredOutput]</c> type's partial: <c>IStructuredOutput&lt;T&gt;</c> with the compile-time schema,
/// the binder, and a JSON writer.
/// </summary>
internal static class OutputEmitter
{
    public static string Emit(OutputTypeSpec spec)
    {
        var objects = new ObjectGraph(spec.Objects);
        var binders = new BinderEmitter(objects);
        var results = new ResultEmitter(objects);
        var w = new SourceWriter();
        TypeShellWriter.Open(w, spec.Namespace, spec.Declarations, $"global::ToolKit.IStructuredOutput<{spec.TypeName}>");

        string schema = SchemaBuilder.ForType(spec.Root, objects, spec.Strict);
        w.WriteLine("/// <summary>The schema name sent to the provider.</summary>");
        w.WriteLine($"public static string OutputName => {Literals.CSharpString(spec.OutputName)};");
        w.WriteLine();
        w.WriteLine("/// <summary>Whether the schema is a strict-mode schema.</summary>");
        w.WriteLine($"public static bool OutputStrict => {(spec.Strict ? "true" : "false")};");
        w.WriteLine();
        w.WriteLine("/// <summary>The JSON schema of this type as UTF-8 JSON, built at compile time.</summary>");
        w.WriteLine($"public static global::System.ReadOnlyMemory<byte> OutputSchema {{ get; }} = {Literals.CSharpString(schema)}u8.ToArray();");
        w.WriteLine();
        binders.EmitOutputBinder(w, spec.Root, spec.Strict);
        w.WriteLine();
        w.WriteLine("/// <summary>Writes a value of this type as JSON.</summary>");
        w.OpenBlock($"public static string ToOutputJson({spec.TypeName} value)");
        w.WriteLine("return global::ToolKit.Internal.ResultWriter.Write(value, __WriteOutput);");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock($"private static void __WriteOutput(global::System.Text.Json.Utf8JsonWriter __writer, {spec.TypeName} __value)");
        results.EmitWrite(w, spec.Root, "__value");
        w.CloseBlock();
        binders.EmitHelpers(w);
        results.EmitHelpers(w);
        TypeShellWriter.Close(w, spec.Namespace, spec.Declarations);
        return w.ToString();
    }
}
