using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using ToolKit.Chat;

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

    /// <summary>The event tag holding an event's JSON body, as the GenAI event conventions define it.</summary>
    internal const string EventContentTag = "gen_ai.event.content";

    /// <summary>
    /// Content opt-in (<see cref="AgentOptions.RecordContentInTelemetry"/>): one <c>gen_ai.{role}.message</c> event per
    /// request message, its body (content, tool calls, tool call id) as JSON in <see cref="EventContentTag"/>.
    /// </summary>
    internal static void AddMessageEvents(Activity activity, IReadOnlyList<ChatMessage> messages)
    {
        foreach (ChatMessage message in messages)
        {
            string role = message.Role switch
            {
                ChatRole.System => "system",
                ChatRole.User => "user",
                ChatRole.Assistant => "assistant",
                _ => "tool",
            };
            string body = Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("content", message.Content);
                WriteToolCalls(w, message.ToolCalls);
                if (message.ToolCallId is not null)
                {
                    w.WriteString("id", message.ToolCallId);
                }

                w.WriteEndObject();
            });
            activity.AddEvent(new ActivityEvent($"gen_ai.{role}.message", tags: new ActivityTagsCollection
            {
                [EventContentTag] = body,
            }));
        }
    }

    /// <summary>Content opt-in: the answer as a <c>gen_ai.choice</c> event (index, finish reason, message).</summary>
    internal static void AddChoiceEvent(Activity activity, ChatResponse response)
    {
        string body = Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("index", 0);
            w.WriteString("finish_reason", response.FinishReason);
            w.WriteStartObject("message");
            w.WriteString("role", "assistant");
            w.WriteString("content", response.Message.Content);
            WriteToolCalls(w, response.Message.ToolCalls);
            w.WriteEndObject();
            w.WriteEndObject();
        });
        activity.AddEvent(new ActivityEvent("gen_ai.choice", tags: new ActivityTagsCollection
        {
            [EventContentTag] = body,
        }));
    }

    private static void WriteToolCalls(Utf8JsonWriter w, IReadOnlyList<ToolCall>? calls)
    {
        if (calls is not { Count: > 0 })
        {
            return;
        }

        w.WriteStartArray("tool_calls");
        foreach (ToolCall call in calls)
        {
            w.WriteStartObject();
            w.WriteString("id", call.Id);
            w.WriteString("type", "function");
            w.WriteStartObject("function");
            w.WriteString("name", call.Name);
            w.WriteString("arguments", call.Arguments);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
