using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ToolKit.Chat;

/// <summary>
/// Rebuilds a complete <see cref="ChatResponse"/> from streamed updates: text is concatenated, tool-call fragments
/// are merged by index (a new id on an index already in use starts a new call), empty arguments read as <c>{}</c>,
/// and usage and the finish reason are taken from whichever update carries them.
/// </summary>
public sealed class ChatResponseBuilder
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _reasoning = new();
    private readonly List<PendingCall> _calls = [];
    private readonly Dictionary<int, PendingCall> _byIndex = [];
    private readonly List<JsonElement> _reasoningDetails = [];
    private string? _id;
    private string? _model;
    private string? _provider;
    private string? _finishReason;
    private string? _nativeFinishReason;
    private ChatUsage? _usage;

    /// <summary>Whether any update has been added.</summary>
    public bool HasContent => _text.Length > 0 || _calls.Count > 0 || _reasoning.Length > 0;

    /// <summary>The finish reason seen so far.</summary>
    public string? FinishReason => _finishReason;

    /// <summary>Merges one update.</summary>
    public void Add(ChatStreamUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        _id ??= update.Id;
        _model ??= update.Model;
        _provider ??= update.Provider;
        _text.Append(update.TextDelta);
        _reasoning.Append(update.ReasoningDelta);
        _finishReason = update.FinishReason ?? _finishReason;
        _nativeFinishReason = update.NativeFinishReason ?? _nativeFinishReason;
        _usage = update.Usage ?? _usage;
        if (update.ReasoningDetails is { } details)
        {
            _reasoningDetails.Add(details);
        }

        foreach (ToolCallDelta delta in update.ToolCalls ?? [])
        {
            if (!_byIndex.TryGetValue(delta.Index, out PendingCall? call)
                || (delta.Id is { Length: > 0 } id && call.Id is not null && call.Id != id))
            {
                call = new PendingCall();
                _calls.Add(call);
                _byIndex[delta.Index] = call;
            }

            call.Id ??= string.IsNullOrEmpty(delta.Id) ? null : delta.Id;
            call.Name ??= string.IsNullOrEmpty(delta.Name) ? null : delta.Name;
            call.Arguments.Append(delta.ArgumentsDelta);
        }
    }

    /// <summary>The response so far.</summary>
    public ChatResponse Build()
    {
        var calls = new List<ToolCall>(_calls.Count);
        for (int i = 0; i < _calls.Count; i++)
        {
            PendingCall call = _calls[i];
            string arguments = call.Arguments.ToString();
            calls.Add(new ToolCall(call.Id ?? $"call_{i}", call.Name ?? string.Empty, string.IsNullOrWhiteSpace(arguments) ? "{}" : arguments));
        }

        return new ChatResponse
        {
            Id = _id,
            Model = _model,
            Provider = _provider,
            FinishReason = _finishReason,
            NativeFinishReason = _nativeFinishReason,
            Usage = _usage,
            Message = new ChatMessage
            {
                Role = ChatRole.Assistant,
                Content = _text.Length == 0 && calls.Count > 0 ? null : _text.ToString(),
                ToolCalls = calls.Count == 0 ? null : calls,
                Reasoning = _reasoning.Length == 0 ? null : _reasoning.ToString(),
                ReasoningDetails = MergeReasoningDetails(),
            },
        };
    }

    // Streamed reasoning_details arrive as arrays, one per chunk: keep them as one array.
    private JsonElement? MergeReasoningDetails()
    {
        if (_reasoningDetails.Count == 0)
        {
            return null;
        }

        if (_reasoningDetails.Count == 1)
        {
            return _reasoningDetails[0];
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (JsonElement element in _reasoningDetails)
            {
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        item.WriteTo(writer);
                    }
                }
                else
                {
                    element.WriteTo(writer);
                }
            }

            writer.WriteEndArray();
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    private sealed class PendingCall
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public StringBuilder Arguments { get; } = new();
    }
}
