using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ToolKit;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> named <c>ToolKit</c>, with GenAI semantic-convention
/// attribute names. Message content is never recorded unless <see cref="AgentOptions.RecordContentInTelemetry"/>.
/// </summary>
public static class AgentTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "ToolKit";

    internal static readonly ActivitySource Source = new(Name, typeof(AgentTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(AgentTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Histogram<long> TokenUsage = Meter.CreateHistogram<long>(
        "gen_ai.client.token.usage", "{token}", "Tokens used per model request, by gen_ai.token.type.");

    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "gen_ai.client.operation.duration", "s", "Duration of model requests.");

    internal static readonly Counter<double> Cost = Meter.CreateCounter<double>(
        "toolkit.agent.cost", "USD", "Cost reported by the provider.");

    internal static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "toolkit.agent.fallbacks", "{fallback}", "Moves from one model to the next in a fallback chain.");

    internal static readonly Counter<long> ToolCalls = Meter.CreateCounter<long>(
        "toolkit.agent.tool_calls", "{call}", "Tool calls run, by tool and outcome.");
}
