using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ToolKit.Emulator.Chat;

/// <summary>
/// Reads and checks a chat request body with <see cref="JsonElement"/> only (no client wire types), answering what
/// OpenRouter answers for a body it cannot use: 400 in the error shape, naming the offending field.
/// </summary>
internal static partial class ChatRequestParser
{
    private static readonly string[] Roles = ["system", "user", "assistant", "tool", "developer"];

    public static ChatRequestModel Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("Invalid request body: expected a JSON object");
        }

        long chars = 0;
        var messages = ParseMessages(root, ref chars);
        var tools = ParseTools(root, ref chars);
        var (choice, choiceName) = ParseToolChoice(root, tools);
        var (formatType, schema) = ParseResponseFormat(root, ref chars);

        return new ChatRequestModel
        {
            Model = OptionalString(root, "model"),
            Models = StringList(root, "models"),
            Messages = messages,
            Tools = tools,
            ToolChoice = choice,
            ToolChoiceName = choiceName,
            ParallelToolCalls = OptionalBool(root, "parallel_tool_calls") ?? true,
            Stream = OptionalBool(root, "stream") ?? false,
            MaxTokens = PositiveInteger(root, "max_tokens") ?? PositiveInteger(root, "max_completion_tokens"),
            ResponseFormatType = formatType,
            ResponseSchema = schema,
            Provider = ParseProvider(root),
            Transforms = StringList(root, "transforms"),
            Keys = root.EnumerateObject().Select(p => p.Name).ToArray(),
            PromptChars = chars,
        };
    }

    private static List<ChatMessageModel> ParseMessages(JsonElement root, ref long chars)
    {
        var result = new List<ChatMessageModel>();
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind == JsonValueKind.Null)
        {
            // OpenRouter also takes a bare "prompt".
            if (root.TryGetProperty("prompt", out var prompt) && prompt.ValueKind == JsonValueKind.String)
            {
                chars += prompt.GetString()!.Length;
                result.Add(new ChatMessageModel("user", prompt.GetString()!, null, []));
                return result;
            }

            throw BadRequest("Input required: specify \"prompt\" or \"messages\"");
        }

        if (messages.ValueKind != JsonValueKind.Array)
        {
            throw BadRequest("messages: expected an array of messages");
        }

        if (messages.GetArrayLength() == 0)
        {
            throw BadRequest("Input required: specify \"prompt\" or \"messages\"");
        }

        var i = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var path = $"messages[{i++}]";
            if (message.ValueKind != JsonValueKind.Object)
            {
                throw BadRequest($"{path}: expected an object");
            }

            var role = message.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : null;
            if (role is null || !Roles.Contains(role))
            {
                throw BadRequest($"{path}.role: expected one of \"system\", \"user\", \"assistant\", \"tool\", \"developer\"");
            }

            var toolCalls = role == "assistant" ? ParseToolCalls(message, path) : [];
            var text = ContentText(message, path, required: role != "assistant");
            string? toolCallId = null;
            if (role == "tool")
            {
                toolCallId = message.TryGetProperty("tool_call_id", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : throw BadRequest($"{path}.tool_call_id: required for a tool message");
            }

            chars += text.Length + toolCalls.Sum(c => c.Name.Length + c.Arguments.Length);
            result.Add(new ChatMessageModel(role, text, toolCallId, toolCalls));
        }

        return result;
    }

    private static string ContentText(JsonElement message, string path, bool required)
    {
        if (!message.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
        {
            return required ? throw BadRequest($"{path}.content: required") : "";
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString()!;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            throw BadRequest($"{path}.content: expected a string or an array of content parts");
        }

        var text = new StringBuilder();
        var i = 0;
        foreach (var part in content.EnumerateArray())
        {
            if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                throw BadRequest($"{path}.content[{i}]: expected a content part with a \"type\"");
            }

            // Only text parts feed the emulator's model; images, files and audio are accepted and ignored.
            if (type.GetString() == "text" && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(t.GetString());
            }

            i++;
        }

        return text.ToString();
    }

    private static List<ToolCallModel> ParseToolCalls(JsonElement message, string path)
    {
        var result = new List<ToolCallModel>();
        if (!message.TryGetProperty("tool_calls", out var calls) || calls.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (calls.ValueKind != JsonValueKind.Array)
        {
            throw BadRequest($"{path}.tool_calls: expected an array");
        }

        var i = 0;
        foreach (var call in calls.EnumerateArray())
        {
            var callPath = $"{path}.tool_calls[{i++}]";
            var id = call.ValueKind == JsonValueKind.Object && call.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String
                ? idEl.GetString()!
                : throw BadRequest($"{callPath}.id: required");
            if (!call.TryGetProperty("function", out var function) || function.ValueKind != JsonValueKind.Object
                || !function.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            {
                throw BadRequest($"{callPath}.function.name: required");
            }

            var arguments = function.TryGetProperty("arguments", out var args) && args.ValueKind == JsonValueKind.String
                ? args.GetString()!
                : "";
            result.Add(new ToolCallModel(id, name.GetString()!, arguments));
        }

        return result;
    }

    private static List<ToolModel> ParseTools(JsonElement root, ref long chars)
    {
        var result = new List<ToolModel>();
        if (!root.TryGetProperty("tools", out var tools) || tools.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (tools.ValueKind != JsonValueKind.Array)
        {
            throw BadRequest("tools: expected an array");
        }

        var i = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            var path = $"tools[{i++}]";
            if (tool.ValueKind != JsonValueKind.Object || !tool.TryGetProperty("type", out var type) || type.GetString() != "function")
            {
                throw BadRequest($"{path}.type: expected \"function\"");
            }

            if (!tool.TryGetProperty("function", out var function) || function.ValueKind != JsonValueKind.Object)
            {
                throw BadRequest($"{path}.function: required");
            }

            var name = function.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            if (!ToolName().IsMatch(name))
            {
                throw BadRequest($"{path}.function.name: must match ^[a-zA-Z0-9_-]{{1,64}}$, got \"{name}\"");
            }

            var description = function.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
            var parameters = function.TryGetProperty("parameters", out var p) ? p : default;
            if (parameters.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            {
                throw BadRequest($"{path}.function.parameters: expected a JSON Schema object");
            }

            chars += name.Length + description.Length + CompactLength(parameters);
            result.Add(new ToolModel(name, description, parameters.ValueKind == JsonValueKind.Object ? parameters : default));
        }

        return result;
    }

    private static (ToolChoiceMode, string?) ParseToolChoice(JsonElement root, List<ToolModel> tools)
    {
        if (!root.TryGetProperty("tool_choice", out var choice) || choice.ValueKind == JsonValueKind.Null)
        {
            return (ToolChoiceMode.Auto, null);
        }

        if (choice.ValueKind == JsonValueKind.String)
        {
            return choice.GetString() switch
            {
                "auto" => (ToolChoiceMode.Auto, null),
                "none" => (ToolChoiceMode.None, null),
                "required" => (ToolChoiceMode.Required, null),
                var other => throw BadRequest($"tool_choice: expected \"none\", \"auto\", \"required\" or a function, got \"{other}\""),
            };
        }

        if (choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("function", out var function)
            && function.ValueKind == JsonValueKind.Object && function.TryGetProperty("name", out var name)
            && name.ValueKind == JsonValueKind.String)
        {
            var toolName = name.GetString()!;
            return tools.Any(t => t.Name == toolName)
                ? (ToolChoiceMode.Named, toolName)
                : throw BadRequest($"tool_choice: no tool named \"{toolName}\" in tools");
        }

        throw BadRequest("tool_choice: expected \"none\", \"auto\", \"required\" or {\"type\":\"function\",\"function\":{\"name\":…}}");
    }

    private static (string?, JsonElement) ParseResponseFormat(JsonElement root, ref long chars)
    {
        if (!root.TryGetProperty("response_format", out var format) || format.ValueKind == JsonValueKind.Null)
        {
            return (null, default);
        }

        var type = format.ValueKind == JsonValueKind.Object && format.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : throw BadRequest("response_format.type: required");
        switch (type)
        {
            case "text" or "json_object":
                return (type, default);
            case "json_schema":
                if (!format.TryGetProperty("json_schema", out var config) || config.ValueKind != JsonValueKind.Object)
                {
                    throw BadRequest("response_format.json_schema: required when type is \"json_schema\"");
                }

                var schema = config.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
                chars += CompactLength(schema);
                return (type, schema);
            default:
                throw BadRequest($"response_format.type: expected \"text\", \"json_object\" or \"json_schema\", got \"{type}\"");
        }
    }

    private static ProviderPreferences ParseProvider(JsonElement root)
    {
        if (!root.TryGetProperty("provider", out var provider) || provider.ValueKind == JsonValueKind.Null)
        {
            return ProviderPreferences.None;
        }

        if (provider.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("provider: expected an object");
        }

        decimal? maxPrompt = null, maxCompletion = null;
        if (provider.TryGetProperty("max_price", out var max) && max.ValueKind == JsonValueKind.Object)
        {
            maxPrompt = Price(max, "prompt");
            maxCompletion = Price(max, "completion");
        }

        return new ProviderPreferences(
            StringList(provider, "order", "provider."),
            StringList(provider, "only", "provider."),
            StringList(provider, "ignore", "provider."),
            OptionalBool(provider, "allow_fallbacks", "provider.") ?? true,
            OptionalBool(provider, "require_parameters", "provider.") ?? false,
            maxPrompt,
            maxCompletion);
    }

    // OpenRouter's schema types prices as decimal strings ("5"); numbers are accepted too, as the API does.
    private static decimal? Price(JsonElement maxPrice, string name)
    {
        if (!maxPrice.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDecimal();
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw BadRequest($"provider.max_price.{name}: expected a number or a decimal string");
    }

    private static string? OptionalString(JsonElement obj, string name) =>
        !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw BadRequest($"{name}: expected a string");

    private static bool? OptionalBool(JsonElement obj, string name, string prefix = "") =>
        !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw BadRequest($"{prefix}{name}: expected a boolean");

    private static long? PositiveInteger(JsonElement obj, string name) =>
        !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n >= 1 ? n
        : throw BadRequest($"{name}: expected an integer of at least 1");

    private static IReadOnlyList<string> StringList(JsonElement obj, string name, string prefix = "")
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw BadRequest($"{prefix}{name}: expected an array of strings");
        }

        return value.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }

    /// <summary>The length of the element written without whitespace, so the client's formatting does not count.</summary>
    private static long CompactLength(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            return 0;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Server.EmulatorJson.WriterOptions))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetCharCount(buffer.WrittenSpan);
    }

    private static EmulatorHttpException BadRequest(string message) => new(400, message);

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ToolName();
}
