using System.Text.Json;
using ToolKit.Emulator.Server;

namespace ToolKit.Emulator.Chat;

/// <summary>Writes chat completion bodies and stream chunks in OpenRouter's wire format with <see cref="Utf8JsonWriter"/>.</summary>
internal static class ChatCompletionJson
{
    /// <summary>A whole non-streaming body. <paramref name="error"/> makes it the 200-with-<c>choices[0].error</c> shape.</summary>
    public static byte[] Completion(ResponseEnvelope env, ModelTurn turn, UsageInfo usage, bool emptyChoices, ChoiceErrorInfo? error) =>
        EmulatorJson.Write(w =>
        {
            WriteHead(w, env, "chat.completion");
            w.WriteStartArray("choices");
            if (!emptyChoices)
            {
                var finish = error is null ? turn.EffectiveFinishReason : "error";
                w.WriteStartObject();
                w.WriteNull("logprobs");
                WriteFinish(w, finish);
                w.WriteNumber("index", 0);
                w.WriteStartObject("message");
                w.WriteString("role", "assistant");
                w.WriteString("content", turn.Content ?? "");
                w.WriteNull("refusal");
                WriteReasoning(w, turn.Reasoning);
                if (turn.ToolCalls.Count > 0)
                {
                    w.WriteStartArray("tool_calls");
                    foreach (var call in turn.ToolCalls)
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

                w.WriteEndObject();
                if (error is not null)
                {
                    w.WritePropertyName("error");
                    error.Write(w);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNull("system_fingerprint");
            usage.Write(w);
            w.WriteEndObject();
        });

    /// <summary>One stream chunk with a single choice (choice 0) whose delta <paramref name="writeDelta"/> fills.</summary>
    public static byte[] Chunk(ResponseEnvelope env, Action<Utf8JsonWriter> writeDelta, string? finishReason = null, ChoiceErrorInfo? error = null) =>
        EmulatorJson.Write(w =>
        {
            WriteHead(w, env, "chat.completion.chunk");
            w.WriteStartArray("choices");
            w.WriteStartObject();
            w.WriteNumber("index", 0);
            w.WriteStartObject("delta");
            writeDelta(w);
            w.WriteEndObject();
            WriteFinish(w, finishReason);
            w.WriteNull("logprobs");
            w.WriteEndObject();
            w.WriteEndArray();
            if (error is not null)
            {
                w.WritePropertyName("error");
                error.Write(w);
            }

            w.WriteEndObject();
        });

    /// <summary>The last chunk: <c>choices: []</c> and the usage.</summary>
    public static byte[] UsageChunk(ResponseEnvelope env, UsageInfo usage) =>
        EmulatorJson.Write(w =>
        {
            WriteHead(w, env, "chat.completion.chunk");
            w.WriteStartArray("choices");
            w.WriteEndArray();
            usage.Write(w);
            w.WriteEndObject();
        });

    public static void WriteReasoning(Utf8JsonWriter w, string? reasoning)
    {
        if (reasoning is null)
        {
            w.WriteNull("reasoning");
            return;
        }

        w.WriteString("reasoning", reasoning);
        w.WriteStartArray("reasoning_details");
        w.WriteStartObject();
        w.WriteString("type", "reasoning.text");
        w.WriteString("text", reasoning);
        w.WriteString("format", "unknown");
        w.WriteNumber("index", 0);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteHead(Utf8JsonWriter w, ResponseEnvelope env, string kind)
    {
        w.WriteStartObject();
        w.WriteString("id", env.GenerationId);
        w.WriteString("provider", env.Provider);
        w.WriteString("model", env.Model);
        w.WriteString("object", kind);
        w.WriteNumber("created", env.Created);
    }

    private static void WriteFinish(Utf8JsonWriter w, string? finish)
    {
        if (finish is null)
        {
            w.WriteNull("finish_reason");
            w.WriteNull("native_finish_reason");
        }
        else
        {
            w.WriteString("finish_reason", finish);
            w.WriteString("native_finish_reason", finish);
        }
    }
}
