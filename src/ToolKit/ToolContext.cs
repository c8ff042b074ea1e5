namespace ToolKit;

/// <summary>
/// What a tool can know about the call it serves: the call id, the tool name, the run, and services.
/// Declare a <see cref="ToolContext"/> parameter on a tool method to receive it; it is never part of the schema.
/// </summary>
public sealed class ToolContext
{
    private Dictionary<string, object?>? _items;
    private string? _idempotencyKey;

    /// <summary>Creates a context for one call.</summary>
    public ToolContext(string callId, string toolName)
    {
        CallId = callId ?? throw new ArgumentNullException(nameof(callId));
        ToolName = toolName ?? throw new ArgumentNullException(nameof(toolName));
    }

    /// <summary>A context for <paramref name="call"/> with no run and no services.</summary>
    public static ToolContext For(ToolCall call, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new ToolContext(call.Id, call.Name) { Services = services };
    }

    /// <summary>The call id the model assigned.</summary>
    public string CallId { get; }

    /// <summary>The name of the tool being called.</summary>
    public string ToolName { get; }

    /// <summary>The id of the agent run, when the call comes from one.</summary>
    public string? RunId { get; init; }

    /// <summary>Services for <see cref="FromServicesAttribute"/> and <see cref="IServiceProvider"/> parameters.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Whether a failed tool's exception type and message are shown to the model. On by default.</summary>
    public bool IncludeExceptionDetails { get; init; } = true;

    /// <summary>
    /// A key that is the same for every attempt at this call in this run. Pass it to external APIs that accept
    /// idempotency keys, so that a call the agent could not confirm is not applied twice.
    /// </summary>
    public string IdempotencyKey
    {
        get => _idempotencyKey ?? (RunId is null ? CallId : $"{RunId}:{CallId}");
        init => _idempotencyKey = value;
    }

    /// <summary>Free-form state for the host and the tool.</summary>
    public IDictionary<string, object?> Items => _items ??= new Dictionary<string, object?>(StringComparer.Ordinal);
}
