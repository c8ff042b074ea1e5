using System.Text.Json;
using ToolKit.Chat;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Internal;

/// <summary>Maps a provider-neutral <see cref="ChatRequest"/> to the OpenRouter wire request.</summary>
internal static class ChatRequestMapper
{
    // A tool with no schema still needs an object schema: providers reject a missing "parameters".
    public static readonly RawJson EmptyObjectSchema = RawJson.FromString("""{"type":"object","properties":{}}""");

    public static ChatCompletionRequest ToWire(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wire = new ChatCompletionRequest
        {
            Model = request.Model,
            Messages = [.. request.Messages.Select(ToWire)],
            ToolChoice = request.ToolChoice is { } choice ? ToWire(choice) : null,
            ParallelToolCalls = request.ParallelToolCalls,
            ResponseFormat = request.ResponseFormat is { } format
                ? ResponseFormat.CreateJsonSchema(format.Name, new RawJson(format.Schema), format.Strict)
                : null,
            Temperature = request.Temperature,
            TopP = request.TopP,
            MaxTokens = request.MaxTokens,
            Stop = request.Stop is { Count: > 0 } stop ? [.. stop] : null,
            Seed = request.Seed,
            User = request.User,
        };

        if (request.Tools is { Count: > 0 } tools)
        {
            wire.Tools = [.. tools.Select(ToWire)];
        }

        if (request.GetExtension<OpenRouterRequestOptions>() is { } options)
        {
            Apply(options, wire);
        }

        return wire;
    }

    private static void Apply(OpenRouterRequestOptions options, ChatCompletionRequest wire)
    {
        wire.Provider = options.Provider;
        wire.Models = options.Models;
        wire.Route = options.Route;
        wire.Transforms = options.Transforms;
        wire.Plugins = options.Plugins;
        wire.Reasoning = options.Reasoning;
        wire.TopK = options.TopK;
        wire.FrequencyPenalty = options.FrequencyPenalty;
        wire.PresencePenalty = options.PresencePenalty;
        wire.RepetitionPenalty = options.RepetitionPenalty;
        wire.MinP = options.MinP;
        wire.TopA = options.TopA;
        wire.LogitBias = options.LogitBias;
        wire.Logprobs = options.Logprobs;
        wire.TopLogprobs = options.TopLogprobs;
        wire.Usage = options.IncludeUsage is { } include ? new UsageOptions { Include = include } : null;
        if (options.AdditionalProperties is { Count: > 0 } extra)
        {
            wire.AdditionalProperties = JsonValues.From(extra);
        }

        options.ConfigureRequest?.Invoke(wire);
    }

    private static ChatCompletionMessage ToWire(ChatMessage message)
    {
        var wire = new ChatCompletionMessage
        {
            Role = WireRole(message.Role),
            Content = Content(message),
            Name = message.Name,
            ToolCallId = message.ToolCallId,
            Reasoning = message.Role == ChatRole.Assistant ? message.Reasoning : null,
            ReasoningDetails = message.Role == ChatRole.Assistant ? message.ReasoningDetails : null,
        };

        if (message.ToolCalls is { Count: > 0 } calls)
        {
            wire.ToolCalls = [.. calls.Select(call => new ChatCompletionToolCall
            {
                Id = call.Id,
                Function = new FunctionCall { Name = call.Name, Arguments = string.IsNullOrWhiteSpace(call.Arguments) ? "{}" : call.Arguments },
            })];
        }

        return wire;
    }

    private static MessageContent? Content(ChatMessage message)
    {
        if (message.ContentParts is { Count: > 0 } parts)
        {
            return new MessageContent(parts.Select(part =>
                part.Deserialize(OpenRouterJsonContext.Wire.ContentPart)
                ?? throw new ArgumentException("A content part is JSON null.", nameof(message))));
        }

        if (message.Content is null)
        {
            return MayOmitContent(message) ? null : new MessageContent(string.Empty);
        }

        return new MessageContent(message.Content);
    }

    /// <summary>The role as the API names it.</summary>
    public static string WireRole(ChatRole role) => role switch
    {
        ChatRole.System => "system",
        ChatRole.User => "user",
        ChatRole.Assistant => "assistant",
        ChatRole.Tool => "tool",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown chat role."),
    };

    /// <summary>Only an assistant message that calls tools may go without content; the API requires it elsewhere.</summary>
    public static bool MayOmitContent(ChatMessage message) =>
        message.Role == ChatRole.Assistant && message.ToolCalls is { Count: > 0 };

    private static ChatCompletionTool ToWire(ToolDefinition tool) =>
        ChatCompletionTool.CreateFunction(
            tool.Name,
            string.IsNullOrEmpty(tool.Description) ? null : tool.Description,
            tool.ParametersSchema.IsEmpty ? EmptyObjectSchema : new RawJson(tool.ParametersSchema),
            tool.Strict ? true : null);

    private static ToolChoice ToWire(ChatToolChoice choice) =>
        choice.Mode == "function" && choice.FunctionName is { } name ? ToolChoice.Function(name) : ToolChoice.FromMode(choice.Mode);
}
