namespace ToolKit;

/// <summary>
/// A set of tools: their definitions and a dispatcher that runs a call. The ToolKit source generator implements
/// it for every <c>partial</c> type with <see cref="ToolAttribute"/> methods.
/// </summary>
public interface IToolSet
{
    /// <summary>The definitions of every tool in the set, in declaration order.</summary>
    IReadOnlyList<ToolDefinition> Definitions { get; }

    /// <summary>
    /// Binds the call's arguments, runs the tool and serializes its result. Argument errors, unknown tools and
    /// exceptions thrown by the tool come back as error results, never as exceptions; only cancellation of
    /// <paramref name="cancellationToken"/> throws.
    /// </summary>
    /// <param name="call">The call the model requested.</param>
    /// <param name="context">Information about the call and the run, and services for the tool.</param>
    /// <param name="cancellationToken">Cancels the tool.</param>
    ValueTask<ToolResult> InvokeAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken = default);
}
