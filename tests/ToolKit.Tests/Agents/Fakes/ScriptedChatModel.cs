using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ToolKit.Chat;

namespace ToolKit.Tests.Agents.Fakes;

/// <summary>
/// A chat model that plays a script: a queue of steps (responses or failures) per model id. It records every request
/// it receives, in both modes. A model with no step left throws <see cref="InvalidOperationException"/>, which the
/// agent does not catch, so an unexpected request fails the test loudly.
/// </summary>
public sealed class ScriptedChatModel : IChatModel
{
    private readonly ConcurrentDictionary<string, ModelScript> _scripts = new(StringComparer.Ordinal);
    private readonly List<ChatRequest> _requests = [];

    /// <summary>The script of <paramref name="model"/>, to add steps to.</summary>
    public ModelScript Script(string model) => _scripts.GetOrAdd(model, id => new ModelScript(id));

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<ChatRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>The requests sent to one model.</summary>
    public IReadOnlyList<ChatRequest> RequestsTo(string model) => Requests.Where(r => r.Model == model).ToArray();

    public async Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ScriptStep step = Next(request);
        return await step.CompleteAsync(request, cancellationToken);
    }

    public async IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ScriptStep step = Next(request);
        await foreach (ChatStreamUpdate update in step.StreamAsync(request, cancellationToken))
        {
            yield return update;
        }
    }

    private ScriptStep Next(ChatRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        return _scripts.TryGetValue(request.Model, out ModelScript? script) && script.TryDequeue(out ScriptStep? step) && step is not null
            ? step
            : throw new InvalidOperationException($"The script of model \"{request.Model}\" has no step left (request {Requests.Count}).");
    }

    /// <summary>A text response as a scripted model builds it.</summary>
    public static ChatResponse TextResponse(ChatRequest request, string text, ChatUsage? usage = null, string? servedModel = null) => new()
    {
        Id = "gen-" + Guid.NewGuid().ToString("N")[..8],
        Model = servedModel ?? request.Model,
        Provider = "FakeProvider",
        FinishReason = "stop",
        Usage = usage ?? ModelScript.DefaultUsage,
        Message = ChatMessage.Assistant(text),
    };
}

/// <summary>The steps of one model, played in order.</summary>
public sealed class ModelScript(string model)
{
    private readonly ConcurrentQueue<ScriptStep> _steps = new();

    /// <summary>Usage given to responses that set none: 15 tokens, a tenth of a cent.</summary>
    public static ChatUsage DefaultUsage { get; } = new() { PromptTokens = 10, CompletionTokens = 5, TotalTokens = 15, CostUsd = 0.001m };

    public string Model { get; } = model;

    public int Count => _steps.Count;

    internal bool TryDequeue(out ScriptStep? step) => _steps.TryDequeue(out step);

    /// <summary>Answers with text.</summary>
    public ModelScript Text(string text, ChatUsage? usage = null, string? servedModel = null, string finishReason = "stop") =>
        Add(new ScriptStep
        {
            Respond = (request, _) => Task.FromResult(ScriptedChatModel.TextResponse(request, text, usage, servedModel) with { FinishReason = finishReason }),
        });

    /// <summary>Answers with tool calls.</summary>
    public ModelScript Calls(params ToolCall[] calls) => Calls(null, null, calls);

    /// <summary>Answers with tool calls, optional text and usage.</summary>
    public ModelScript Calls(ChatUsage? usage, string? text, params ToolCall[] calls) =>
        Add(new ScriptStep
        {
            Respond = (request, _) => Task.FromResult(new ChatResponse
            {
                Id = "gen-" + Guid.NewGuid().ToString("N")[..8],
                Model = request.Model,
                Provider = "FakeProvider",
                FinishReason = "tool_calls",
                Usage = usage ?? DefaultUsage,
                Message = ChatMessage.Assistant(text, calls),
            }),
        });

    /// <summary>Fails with a <see cref="ChatModelException"/> of <paramref name="kind"/>, before any streamed update.</summary>
    public ModelScript Fail(FailureKind kind, TimeSpan? retryAfter = null, string? servedModel = null) =>
        Throw(new ChatModelException(kind, $"Scripted {kind} from {Model}.") { RetryAfter = retryAfter, Model = Model, ServedModel = servedModel, Provider = "FakeProvider" });

    /// <summary>Throws <paramref name="exception"/>.</summary>
    public ModelScript Throw(Exception exception) => Add(new ScriptStep { Failure = exception });

    /// <summary>Streams <paramref name="partialText"/> and then fails; in non-streaming mode it just fails.</summary>
    public ModelScript FailMidStream(FailureKind kind, params string[] partialText) =>
        Add(new ScriptStep
        {
            PartialText = partialText,
            Failure = new ChatModelException(kind, $"Scripted mid-stream {kind} from {Model}.") { Model = Model },
        });

    /// <summary>Never answers: waits until the request is cancelled.</summary>
    public ModelScript Hang(TaskCompletionSource? started = null) =>
        Add(new ScriptStep
        {
            Respond = async (_, cancellationToken) =>
            {
                started?.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
            },
        });

    /// <summary>Answers with whatever <paramref name="respond"/> returns (or throws).</summary>
    public ModelScript Respond(Func<ChatRequest, CancellationToken, Task<ChatResponse>> respond) =>
        Add(new ScriptStep { Respond = respond });

    private ModelScript Add(ScriptStep step)
    {
        _steps.Enqueue(step);
        return this;
    }
}

/// <summary>One scripted answer.</summary>
internal sealed class ScriptStep
{
    public Func<ChatRequest, CancellationToken, Task<ChatResponse>>? Respond { get; init; }

    public Exception? Failure { get; init; }

    public IReadOnlyList<string>? PartialText { get; init; }

    public async Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        if (Failure is not null)
        {
            throw Failure;
        }

        return await Respond!(request, cancellationToken);
    }

    public async IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        foreach (string text in PartialText ?? [])
        {
            yield return new ChatStreamUpdate { Id = "gen-partial", Model = request.Model, TextDelta = text };
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        ChatResponse response = await Respond!(request, cancellationToken);
        foreach (ChatStreamUpdate update in ToUpdates(response))
        {
            yield return update;
        }
    }

    // Text in two halves, each tool call as a head fragment (id, name, half the arguments) and a tail fragment,
    // then the finish reason and usage in a last update, the way OpenRouter streams.
    private static IEnumerable<ChatStreamUpdate> ToUpdates(ChatResponse response)
    {
        string text = response.Message.Content ?? "";
        if (text.Length > 0)
        {
            int half = text.Length / 2;
            foreach (string part in new[] { text[..half], text[half..] }.Where(p => p.Length > 0))
            {
                yield return new ChatStreamUpdate { Id = response.Id, Model = response.Model, Provider = response.Provider, TextDelta = part };
            }
        }

        IReadOnlyList<ToolCall> calls = response.Message.ToolCalls ?? [];
        for (int i = 0; i < calls.Count; i++)
        {
            string arguments = calls[i].Arguments;
            int half = arguments.Length / 2;
            yield return new ChatStreamUpdate { Id = response.Id, Model = response.Model, ToolCalls = [new ToolCallDelta(i, calls[i].Id, calls[i].Name, arguments[..half])] };
            yield return new ChatStreamUpdate { Id = response.Id, Model = response.Model, ToolCalls = [new ToolCallDelta(i, null, null, arguments[half..])] };
        }

        yield return new ChatStreamUpdate { Id = response.Id, Model = response.Model, FinishReason = response.FinishReason, Usage = response.Usage };
    }
}
