using System.Text.Json;

namespace ToolKit.Emulator.Tests.Support;

/// <summary>Server-sent events read line by line, as a client sees them.</summary>
public static class Sse
{
    /// <summary>The <c>data:</c> payloads, in order (including "[DONE]").</summary>
    public static List<string> Data(string stream) =>
        stream.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..]).ToList();

    /// <summary>The data payloads that are JSON chunks, parsed.</summary>
    public static List<JsonElement> Chunks(string stream) =>
        Data(stream).Where(d => d != "[DONE]").Select(d => JsonDocument.Parse(d).RootElement.Clone()).ToList();

    /// <summary>The comment lines (those starting with ':').</summary>
    public static List<string> Comments(string stream) =>
        stream.Split('\n').Where(l => l.StartsWith(':')).ToList();

    /// <summary>Tool-call argument fragments merged by index, as clients must merge them.</summary>
    public static Dictionary<int, (string? Id, string? Name, string Arguments)> MergeToolCalls(IEnumerable<JsonElement> chunks)
    {
        var calls = new Dictionary<int, (string? Id, string? Name, string Arguments)>();
        foreach (var chunk in chunks)
        {
            foreach (var choice in chunk.GetProperty("choices").EnumerateArray())
            {
                if (!choice.GetProperty("delta").TryGetProperty("tool_calls", out var deltas))
                {
                    continue;
                }

                foreach (var delta in deltas.EnumerateArray())
                {
                    var index = delta.GetProperty("index").GetInt32();
                    var (id, name, arguments) = calls.GetValueOrDefault(index, (null, null, ""));
                    if (delta.TryGetProperty("id", out var i))
                    {
                        id = i.GetString();
                    }

                    if (delta.TryGetProperty("function", out var f))
                    {
                        if (f.TryGetProperty("name", out var n))
                        {
                            name = n.GetString();
                        }

                        if (f.TryGetProperty("arguments", out var a))
                        {
                            arguments += a.GetString();
                        }
                    }

                    calls[index] = (id, name, arguments);
                }
            }
        }

        return calls;
    }
}
