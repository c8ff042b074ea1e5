using System.ComponentModel;

namespace ToolKit.Internal;

/// <summary>Small decisions shared by every generated dispatcher.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ToolInvocation
{
    /// <summary>
    /// Whether an exception thrown by a tool becomes a <see cref="ToolErrorKind.ToolFailed"/> result. Cancellation
    /// requested by the caller is not a tool failure: it propagates.
    /// </summary>
    public static bool IsToolFailure(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>The result for an exception thrown by a tool.</summary>
    public static ToolResult Failed(ToolCall call, ToolContext? context, Exception exception) =>
        ToolResult.Failed(call.Name, exception, context?.IncludeExceptionDetails ?? true);

    /// <summary>Resolves a <c>[FromServices]</c> parameter, or fails with a message naming the service.</summary>
    public static T GetRequiredService<T>(ToolContext? context, string toolName) where T : notnull
    {
        object? service = context?.Services?.GetService(typeof(T));
        return service is T typed
            ? typed
            : throw new InvalidOperationException(
                $"Tool \"{toolName}\" needs a service of type {typeof(T).FullName}, but ToolContext.Services does not provide one.");
    }

    /// <summary>The service provider for an <see cref="IServiceProvider"/> parameter, or fails with a clear message.</summary>
    public static IServiceProvider RequireServices(ToolContext? context, string toolName) =>
        context?.Services ?? throw new InvalidOperationException(
            $"Tool \"{toolName}\" needs an IServiceProvider, but ToolContext.Services is not set.");

    /// <summary>Resolves an optional <c>[FromServices]</c> parameter.</summary>
    public static T? GetService<T>(ToolContext? context) where T : class => context?.Services?.GetService(typeof(T)) as T;
}
