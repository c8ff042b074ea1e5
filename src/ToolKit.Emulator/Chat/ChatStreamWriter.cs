using System.Text;
using Microsoft.AspNetCore.Http;

namespace ToolKit.Emulator.Chat;

/// <summary>
/// Writes a completion as server-sent events the way OpenRouter does: a <c>: OPENROUTER PROCESSING</c> comment,
/// content and tool-call deltas (arguments split across chunks, merged by <c>index</c>), a chunk carrying
/// <c>finish_reason</c> on the choice, a usage chunk with <c>choices: []</c>, then <c>data: [DONE]</c>.
/// Stream faults strike after <see cref="EmulatorFault.After"/> data events.
/// </summary>
internal sealed class ChatStreamWriter(HttpContext context, ResponseEnvelope envelope, EmulatorOptions options, CancellationToken cancellation)
{
    private static readonly byte[] Processing = Encoding.ASCII.GetBytes(": OPENROUTER PROCESSING\n\n");
    private static readonly byte[] DataPrefix = Encoding.ASCII.GetBytes("data: ");
    private static readonly byte[] EventEnd = Encoding.ASCII.GetBytes("\n\n");
    private static readonly byte[] Done = Encoding.ASCII.GetBytes("data: [DONE]\n\n");

    /// <summary>Streams the turn. Returns false when a fault cut the stream short (nothing should be charged).</summary>
    public async Task<bool> WriteAsync(ModelTurn turn, UsageInfo usage, EmulatorFault? fault)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Generation-Id"] = envelope.GenerationId;
        await WriteAsync(Processing);

        if (fault?.Kind == EmulatorFaultKind.SlowFirstToken)
        {
            // Keep-alive comments while "the model thinks": one per interval, counted rather than timed.
            var remaining = fault.Delay ?? options.SlowFirstTokenDelay;
            var interval = options.KeepAliveInterval > TimeSpan.Zero ? options.KeepAliveInterval : remaining;
            while (remaining > TimeSpan.Zero)
            {
                var wait = remaining < interval ? remaining : interval;
                await Task.Delay(wait, cancellation);
                remaining -= wait;
                await WriteAsync(Processing);
            }
        }

        if (fault?.Kind == EmulatorFaultKind.EmptyChoices)
        {
            // No choice ever arrives: only the usage chunk and [DONE].
            await DataAsync(ChatCompletionJson.UsageChunk(envelope, usage));
            await WriteAsync(Done);
            return true;
        }

        var events = BodyEvents(turn);
        var strikeAt = Math.Min(fault?.After ?? 0, events.Count);
        for (var i = 0; i <= events.Count; i++)
        {
            if (i == strikeAt && fault is not null)
            {
                switch (fault.Kind)
                {
                    case EmulatorFaultKind.StreamError:
                        var error = ChoiceErrorInfo.From(fault, envelope.Provider, "Provider disconnected unexpectedly");
                        await DataAsync(ChatCompletionJson.Chunk(envelope, w => w.WriteString("content", ""), "error", error));
                        return false;
                    case EmulatorFaultKind.Truncated:
                        return false;
                    case EmulatorFaultKind.ConnectionReset:
                        await Server.ConnectionFaults.DropAsync(context, responseStarted: true);
                        return false;
                    case EmulatorFaultKind.Stall:
                        // Silence: no data and no keep-alive comments, then the stream resumes.
                        await Task.Delay(fault.Delay ?? options.StallDelay, cancellation);
                        break;
                }
            }

            if (i < events.Count)
            {
                await DataAsync(events[i]);
            }
        }

        // choice-error in a stream: the finishing chunk carries the error, and the stream still ends properly.
        var choiceError = fault?.Kind == EmulatorFaultKind.ChoiceError
            ? ChoiceErrorInfo.From(fault, envelope.Provider, "Upstream error from provider")
            : null;
        await DataAsync(ChatCompletionJson.Chunk(envelope, w =>
        {
            w.WriteString("role", "assistant");
            w.WriteString("content", "");
        }, choiceError is null ? turn.EffectiveFinishReason : "error", choiceError));
        await DataAsync(ChatCompletionJson.UsageChunk(envelope, usage));
        await WriteAsync(Done);
        return true;
    }

    private List<byte[]> BodyEvents(ModelTurn turn)
    {
        var events = new List<byte[]>();
        if (turn.Reasoning is { Length: > 0 } reasoning)
        {
            foreach (var piece in TextFragments.AtWords(reasoning, options.TextFragmentChars))
            {
                events.Add(ChatCompletionJson.Chunk(envelope, w =>
                {
                    w.WriteString("role", "assistant");
                    w.WriteString("content", "");
                    ChatCompletionJson.WriteReasoning(w, piece);
                }));
            }
        }

        var content = turn.Content ?? "";
        if (content.Length > 0 || (turn.ToolCalls.Count == 0 && events.Count == 0))
        {
            foreach (var piece in content.Length == 0 ? [""] : TextFragments.AtWords(content, options.TextFragmentChars))
            {
                events.Add(ChatCompletionJson.Chunk(envelope, w =>
                {
                    w.WriteString("role", "assistant");
                    w.WriteString("content", piece);
                }));
            }
        }

        for (var index = 0; index < turn.ToolCalls.Count; index++)
        {
            var call = turn.ToolCalls[index];
            var callIndex = index;
            events.Add(ChatCompletionJson.Chunk(envelope, w =>
            {
                w.WriteString("role", "assistant");
                w.WriteStartArray("tool_calls");
                w.WriteStartObject();
                w.WriteNumber("index", callIndex);
                w.WriteString("id", call.Id);
                w.WriteString("type", "function");
                w.WriteStartObject("function");
                w.WriteString("name", call.Name);
                w.WriteString("arguments", "");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
            }));
            foreach (var piece in TextFragments.Fixed(call.Arguments, options.ArgumentFragmentChars))
            {
                events.Add(ChatCompletionJson.Chunk(envelope, w =>
                {
                    w.WriteStartArray("tool_calls");
                    w.WriteStartObject();
                    w.WriteNumber("index", callIndex);
                    w.WriteStartObject("function");
                    w.WriteString("arguments", piece);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                }));
            }
        }

        return events;
    }

    private async Task DataAsync(byte[] json)
    {
        await context.Response.Body.WriteAsync(DataPrefix, cancellation);
        await context.Response.Body.WriteAsync(json, cancellation);
        await WriteAsync(EventEnd);
    }

    private async Task WriteAsync(byte[] bytes)
    {
        await context.Response.Body.WriteAsync(bytes, cancellation);
        await context.Response.Body.FlushAsync(cancellation);
    }
}
