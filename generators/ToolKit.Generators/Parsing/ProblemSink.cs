using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ToolKit.Generators.Parsing;

/// <summary>
/// Where the parser reports problems. The analyzer passes a list and reports what lands in it; the generator
/// passes none, so its pipeline never holds a <see cref="Diagnostic"/> or a <see cref="Location"/>.
/// </summary>
internal sealed class ProblemSink
{
    private readonly List<Diagnostic>? _diagnostics;

    public ProblemSink(List<Diagnostic>? diagnostics) => _diagnostics = diagnostics;

    /// <summary>The tool being parsed, for messages.</summary>
    public string ToolName { get; set; } = "";

    /// <summary>Whether an error was reported; the generator then emits nothing for the tool.</summary>
    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] args)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }

        _diagnostics?.Add(Diagnostic.Create(descriptor, location ?? Location.None, args));
    }
}
