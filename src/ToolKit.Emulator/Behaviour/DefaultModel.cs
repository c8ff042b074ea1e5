using System.Text.Json;
using System.Text.Json.Nodes;
using ToolKit.Emulator.Chat;
using ToolKit.Emulator.Server;

namespace ToolKit.Emulator.Behaviour;

/// <summary>
/// The deterministic stand-in for a real model. Given the transcript it (1) answers from tool results when the
/// turn after the last user message holds some, else (2) calls the tools relevant to the last user message with
/// arguments taken from it, else (3) answers in text, or in JSON when a response format asks for it.
/// </summary>
internal static class DefaultModel
{
    public static ModelTurn Respond(ChatRequestModel request, Func<string> newCallId)
    {
        var messages = request.Messages;
        var lastUser = FindLastIndex(messages, m => m.Role == "user");
        var userText = lastUser >= 0 ? messages[lastUser].Text : messages.LastOrDefault()?.Text ?? "";
        var results = ToolResultsAfter(messages, lastUser);

        // tool_choice "required" or a named function forces a call even after results, as real models behave.
        var mustCall = request.ToolChoice is ToolChoiceMode.Required or ToolChoiceMode.Named;
        if (results.Count == 0 || mustCall)
        {
            var tools = ToolSelector.Select(request, userText);
            if (tools.Count > 0)
            {
                return new ModelTurn
                {
                    ToolCalls = tools.Select(t => new ToolCallModel(newCallId(), t.Name, Arguments(t, userText))).ToList(),
                    Content = "",
                };
            }
        }

        return new ModelTurn { Content = FinalAnswer(request, userText, results) };
    }

    /// <summary>Schema-valid arguments for a tool, taken from the message where possible.</summary>
    public static string Arguments(ToolModel tool, string message)
    {
        var facts = new PromptFacts(message, ToolSelector.NameExclusions(tool));
        var node = new SchemaValueGenerator(tool.Parameters, facts).Generate();
        return Compact(node);
    }

    private static string FinalAnswer(ChatRequestModel request, string userText, List<(string Name, string Content)> results)
    {
        var text = results.Count switch
        {
            0 when userText.Length == 0 => "Hello from the ToolKit OpenRouter emulator.",
            0 => $"This is the emulator's default model. You said: {userText}",
            _ => string.Join("\n", results.Select(r => $"{r.Name} returned: {r.Content}")),
        };

        switch (request.ResponseFormatType)
        {
            case "json_schema" when request.ResponseSchema.ValueKind == JsonValueKind.Object:
                // Prompt and tool results both feed the answer, so a city found by a tool can fill "city".
                var source = string.Join("\n", results.Select(r => ValuesOf(r.Content)).Prepend(userText));
                var exclusions = SchemaValueGenerator.EnumStrings(request.ResponseSchema).SelectMany(Words.Tokens).Select(Words.Stem);
                var facts = new PromptFacts(source, exclusions);
                return Compact(new SchemaValueGenerator(request.ResponseSchema, facts).Generate());
            case "json_schema" or "json_object":
                return Compact(new JsonObject { ["answer"] = text });
            default:
                return text;
        }
    }

    /// <summary>
    /// The values in a JSON tool result, one per line, so that property names ("city", "days") are not mistaken for
    /// facts; text results are used as they are.
    /// </summary>
    private static string ValuesOf(string content)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(content);
        }
        catch (JsonException)
        {
            return content;
        }

        var values = new List<string>();
        void Collect(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var property in o)
                    {
                        Collect(property.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Collect(item);
                    }

                    break;
                case JsonValue v:
                    values.Add(v.ToString());
                    break;
            }
        }

        Collect(node);
        return string.Join("\n", values);
    }

    /// <summary>Tool results after the last user message, named by the assistant calls they answer.</summary>
    private static List<(string Name, string Content)> ToolResultsAfter(IReadOnlyList<ChatMessageModel> messages, int lastUser)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<(string, string)>();
        for (var i = lastUser + 1; i < messages.Count; i++)
        {
            foreach (var call in messages[i].ToolCalls)
            {
                names[call.Id] = call.Name;
            }

            if (messages[i].Role == "tool")
            {
                var id = messages[i].ToolCallId ?? "";
                results.Add((names.GetValueOrDefault(id, id), messages[i].Text));
            }
        }

        return results;
    }

    private static int FindLastIndex(IReadOnlyList<ChatMessageModel> messages, Func<ChatMessageModel, bool> match)
    {
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (match(messages[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Compact(JsonNode? node) =>
        System.Text.Encoding.UTF8.GetString(EmulatorJson.Write(w =>
        {
            if (node is null)
            {
                w.WriteNullValue();
            }
            else
            {
                node.WriteTo(w);
            }
        }));
}
