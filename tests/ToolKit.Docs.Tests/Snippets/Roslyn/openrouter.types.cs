// For docs/openrouter.md's blocks: the implicit usings of an SDK project, and a tool set standing in for a generated
// [Tool] class.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Threading;
global using System.Threading.Tasks;
global using Microsoft.Extensions.DependencyInjection;
global using ToolKit;

internal sealed class TravelTools : ToolKit.IToolSet
{
    public IReadOnlyList<ToolKit.ToolDefinition> Definitions { get; } = [];

    public ValueTask<ToolKit.ToolResult> InvokeAsync(ToolKit.ToolCall call, ToolKit.ToolContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ToolKit.ToolResult.Text("sunny"));
}
