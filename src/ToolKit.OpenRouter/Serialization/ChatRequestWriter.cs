using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>
/// Writes a provider-neutral <see cref="ChatRequest"/> as the OpenRouter request JSON directly, without building the
/// wire objects first: the same bytes as <see cref="ChatRequestMapper.ToWire(ChatRequest)"/> serialized with
/// <see cref="OpenRouterJsonContext"/> (tests compare the two), in the wire model's member order.
/// </summary>
/// <remarks>
/// The agent sends one such request per turn, and the mapped copy (a request, a message per turn of history, a tool
/// object per tool) plus the serializer's frame stack were a large share of what a run allocated. Requests that carry
/// what this writer does not cover (<see cref="OpenRouterRequestOptions"/>, content parts) take the mapped path.
/// </remarks>
internal static class ChatRequestWriter
{
    /// <summary>Whether <see cref="Write"/> covers everything in <paramref name="request"/>.</summary>
    public static bool CanWrite(ChatRequest request)
    {
        if (request.Extensions is { Count: > 0 } extensions)
        {
            foreach (object extension in extensions)
            {
                if (extension is OpenRouterRequestOptions)
                {
                    return false;
                }
            }
        }

        foreach (ChatMessage message in request.Messages)
        {
            if (message.ContentParts is { Count: > 0 })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the request; <paramref name="stream"/> adds <c>"stream": true</c>.</summary>
    public static void Write(Utf8JsonWriter writer, ChatRequest request, bool stream)
    {
        writer.WriteStartObject();
        if (request.Model is { } model)
        {
            writer.WriteString("model"u8, model);
        }

        writer.WriteStartArray("messages"u8);
        foreach (ChatMessage message in request.Messages)
        {
            WriteMessage(writer, message);
        }

        writer.WriteEndArray();

        if (request.Tools is { Count: > 0 } tools)
        {
            writer.WriteStartArray("tools"u8);
            foreach (ToolDefinition tool in tools)
            {
                WriteTool(writer, tool);
            }

            writer.WriteEndArray();
        }

        if (request.ToolChoice is { } choice)
        {
            writer.WritePropertyName("tool_choice"u8);
            if (choice.Mode == "function" && choice.FunctionName is { } name)
            {
                writer.WriteStartObject();
                writer.WriteString("type"u8, "function"u8);
                writer.WriteStartObject("function"u8);
                writer.WriteString("name"u8, name);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteStringValue(choice.Mode);
            }
        }

        if (request.ParallelToolCalls is { } parallel)
        {
            writer.WriteBoolean("parallel_tool_calls"u8, parallel);
        }

        if (request.ResponseFormat is { } format)
        {
            // Rare (typed outputs only): the wire object and the serializer keep its shape in one place.
            writer.WritePropertyName("response_format"u8);
            JsonSerializer.Serialize(writer, ResponseFormat.CreateJsonSchema(format.Name, new RawJson(format.Schema), format.Strict),
                OpenRouterJsonContext.Wire.ResponseFormat);
        }

        WriteNumber(writer, "temperature"u8, request.Temperature);
        WriteNumber(writer, "top_p"u8, request.TopP);
        if (request.MaxTokens is { } maxTokens)
        {
            writer.WriteNumber("max_tokens"u8, maxTokens);
        }

        if (request.Stop is { Count: > 0 } stop)
        {
            writer.WriteStartArray("stop"u8);
            foreach (string item in stop)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        if (request.Seed is { } seed)
        {
            writer.WriteNumber("seed"u8, seed);
        }

        if (request.User is { } user)
        {
            writer.WriteString("user"u8, user);
        }

        if (stream)
        {
            writer.WriteBoolean("stream"u8, true);
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, ChatMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("role"u8, ChatRequestMapper.WireRole(message.Role));
        if (message.Content is { } content)
        {
            writer.WriteString("content"u8, content);
        }
        else if (!ChatRequestMapper.MayOmitContent(message))
        {
            writer.WriteString("content"u8, ""u8);
        }

        if (message.Name is { } name)
        {
            writer.WriteString("name"u8, name);
        }

        if (message.ToolCallId is { } toolCallId)
        {
            writer.WriteString("tool_call_id"u8, toolCallId);
        }

        if (message.ToolCalls is { Count: > 0 } calls)
        {
            writer.WriteStartArray("tool_calls"u8);
            foreach (ToolCall call in calls)
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, call.Id);
                writer.WriteString("type"u8, "function"u8);
                writer.WriteStartObject("function"u8);
                writer.WriteString("name"u8, call.Name);
                writer.WriteString("arguments"u8, string.IsNullOrWhiteSpace(call.Arguments) ? "{}" : call.Arguments);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (message.Role == ChatRole.Assistant)
        {
            if (message.Reasoning is { } reasoning)
            {
                writer.WriteString("reasoning"u8, reasoning);
            }

            if (message.ReasoningDetails is { } details)
            {
                writer.WritePropertyName("reasoning_details"u8);
                details.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, ToolDefinition tool)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "function"u8);
        writer.WriteStartObject("function"u8);
        writer.WriteString("name"u8, tool.Name);
        if (!string.IsNullOrEmpty(tool.Description))
        {
            writer.WriteString("description"u8, tool.Description);
        }

        // A tool with no schema still needs an object schema: providers reject a missing "parameters".
        writer.WritePropertyName("parameters"u8);
        writer.WriteRawValue(tool.ParametersSchema.IsEmpty ? ChatRequestMapper.EmptyObjectSchema.Utf8.Span : tool.ParametersSchema.Span, skipInputValidation: false);
        if (tool.Strict)
        {
            writer.WriteBoolean("strict"u8, true);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
