using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ToolKit.Emulator.Accounting;
using ToolKit.Emulator.Behaviour;
using ToolKit.Emulator.Catalog;
using ToolKit.Emulator.Chat;
using ToolKit.Emulator.Faults;

namespace ToolKit.Emulator.Server;

/// <summary>
/// <c>POST /api/v1/chat/completions</c>: parses and checks the request, walks the <c>models</c> fallback list and each
/// model's providers, applies scripted answers and faults, and answers as JSON or as a stream.
/// </summary>
internal sealed class ChatCompletionsEndpoint(EmulatorState state)
{
    // Keys that route or carry input rather than ask the model for a capability (for provider.require_parameters).
    private static readonly HashSet<string> NonParameters = new(StringComparer.Ordinal)
    {
        "model", "models", "messages", "prompt", "stream", "stream_options", "provider", "transforms", "route", "plugins",
        "usage", "user", "metadata", "session_id", "trace", "debug", "cache_control", "prompt_cache_key",
    };

    private EmulatorOptions Options => state.Options;

    public async Task HandleAsync(HttpContext context, byte[] body, CancellationToken cancellation)
    {
        var started = Options.TimeProvider.GetUtcNow();
        var spec = context.Request.Headers[EmulatorFault.HeaderName].ToString();
        EmulatorFault? headerFault = null;
        if (spec.Length > 0 && !EmulatorFault.TryParse(spec, out headerFault, out var specError))
        {
            await ErrorWriter.WriteAsync(context, 400, specError, cancellation);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            await ErrorWriter.WriteAsync(context, 400, "Invalid JSON in request body", cancellation);
            return;
        }

        using (document)
        {
            try
            {
                await ServeAsync(context, document.RootElement, spec, headerFault, started, cancellation);
            }
            catch (EmulatorHttpException error)
            {
                await ErrorWriter.WriteAsync(context, error, cancellation);
            }
        }
    }

    private async Task ServeAsync(HttpContext context, JsonElement root, string spec, EmulatorFault? headerFault,
        DateTimeOffset started, CancellationToken cancellation)
    {
        var request = ChatRequestParser.Parse(root);
        var models = ResolveModels(request);
        if (!state.Ledger.HasCredit)
        {
            throw FaultErrors.InsufficientCredits();
        }

        var promptTokens = UsageInfo.EstimatePromptTokens(request, Options.CharsPerToken);
        EmulatorHttpException? lastError = null;
        foreach (var model in models)
        {
            var attempt = Attempt(request, model, promptTokens, spec, headerFault);
            if (attempt.Error is { } error)
            {
                // Like OpenRouter: model and provider failures move on to the next model of "models"; request errors end it.
                lastError = error;
                if (error.FallbackEligible)
                {
                    continue;
                }

                throw error;
            }

            await RespondAsync(context, request, attempt, promptTokens, started, cancellation);
            return;
        }

        throw lastError!;
    }

    private List<CatalogModel> ResolveModels(ChatRequestModel request)
    {
        var ids = new List<string>();
        if (request.Model is { } model)
        {
            ids.Add(model);
        }

        ids.AddRange(request.Models.Where(m => !ids.Contains(m)));
        if (ids.Count == 0)
        {
            ids.Add(Options.DefaultModel);
        }

        return ids.Select(id => state.Catalog.TryResolve(id, out var found)
            ? found
            : throw new EmulatorHttpException(400, $"{id} is not a valid model ID")).ToList();
    }

    private AttemptResult Attempt(ChatRequestModel request, CatalogModel model, long promptTokens, string spec, EmulatorFault? headerFault)
    {
        if (request.Tools.Count > 0 && !model.Supports("tools"))
        {
            return AttemptResult.Failed(FaultErrors.ToolsUnsupported());
        }

        if (request.Provider.RequireParameters
            && request.Keys.Any(k => !NonParameters.Contains(k) && !model.Supports(k)))
        {
            return AttemptResult.Failed(new EmulatorHttpException(404,
                "No endpoints found that can handle the requested parameters. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing")
            { FallbackEligible = true });
        }

        if ((request.Provider.MaxPromptPrice is { } maxPrompt && model.PromptPrice * 1_000_000m > maxPrompt)
            || (request.Provider.MaxCompletionPrice is { } maxCompletion && model.CompletionPrice * 1_000_000m > maxCompletion))
        {
            return AttemptResult.Failed(new EmulatorHttpException(404,
                "No endpoints found matching your max_price. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing")
            { FallbackEligible = true });
        }

        var maxTokens = request.MaxTokens ?? 0;
        if (model.ContextLength > 0 && promptTokens + maxTokens > model.ContextLength && !request.Transforms.Contains("middle-out"))
        {
            return AttemptResult.Failed(FaultErrors.ContextTooLong(model.ContextLength, promptTokens, maxTokens));
        }

        var providers = ProviderRouting.Candidates(model, request.Provider, Options);
        if (providers.Count == 0)
        {
            return AttemptResult.Failed(new EmulatorHttpException(404,
                "No allowed providers are available for the selected model.") { FallbackEligible = true });
        }

        // Providers in order; a provider fault moves on to the next one (allow_fallbacks already trimmed the list).
        string? provider = null;
        EmulatorFault? fault = null;
        EmulatorHttpException? providerError = null;
        foreach (var candidate in providers)
        {
            if (state.Faults.ProviderFault(candidate) is var (pf, key) && state.Faults.TryFire(key, pf))
            {
                if (pf.IsHttpError)
                {
                    providerError = FaultErrors.For(pf, model, candidate, request, promptTokens);
                    continue;
                }

                fault = pf;
            }

            provider = candidate;
            break;
        }

        if (provider is null)
        {
            return AttemptResult.Failed(providerError!);
        }

        // One fault per attempt, first match wins: the script, the header, the emulator/<fault> id, then the API.
        state.Scripts.TryDequeue(model.Id, out var script);
        fault ??= script?.Fault is { } scripted ? EmulatorFault.Parse(scripted)
            : headerFault is not null && state.Faults.TryFire("header:" + spec, headerFault) ? headerFault
            : model.Fault is not null && state.Faults.TryFire("model-id:" + model.Id, model.Fault) ? model.Fault
            : state.Faults.ModelFault(model.Id) is { } mf && state.Faults.TryFire("model:" + model.Id, mf) ? mf
            : null;

        if (fault is { IsHttpError: true })
        {
            return AttemptResult.Failed(FaultErrors.For(fault, model, provider, request, promptTokens));
        }

        return new AttemptResult(model, provider, script, fault, null);
    }

    private async Task RespondAsync(HttpContext context, ChatRequestModel request, AttemptResult attempt, long promptTokens,
        DateTimeOffset started, CancellationToken cancellation)
    {
        var (model, provider, script, fault) = (attempt.Model!, attempt.Provider!, attempt.Script, attempt.Fault);
        if (script is { Delay.Ticks: > 0 })
        {
            await Task.Delay(script.Delay, cancellation);
        }

        var turn = script is not null && (script.Fault is null || script.Text is not null || script.ToolCalls.Count > 0)
            ? FromScript(script)
            : DefaultModel.Respond(request, state.Ids.ToolCallId);
        turn = FaultShaper.Apply(turn, fault, request, state.Ids.ToolCallId);
        turn = LimitLength(turn, request.MaxTokens);

        var usage = UsageInfo.For(model, promptTokens, turn, Options.CharsPerToken);
        var now = Options.TimeProvider.GetUtcNow();
        var envelope = new ResponseEnvelope(state.Ids.GenerationId(now), model.CanonicalSlug, provider, now.ToUnixTimeSeconds());

        // Recorded before the body goes out, so a client that asks /generation right away finds it (after the 404 phase).
        var cutShort = fault?.Kind is EmulatorFaultKind.ConnectionReset or EmulatorFaultKind.Truncated
            || (fault?.Kind == EmulatorFaultKind.StreamError && request.Stream);
        state.Ledger.Record(new GenerationRecord(envelope.GenerationId, envelope.Model, provider, now,
            promptTokens, usage.CompletionTokens, cutShort ? 0m : usage.Cost, turn.EffectiveFinishReason, request.Stream,
            (now - started).TotalMilliseconds, context.Request.Headers["HTTP-Referer"].ToString() is { Length: > 0 } r ? r : null,
            context.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : null));

        if (request.Stream)
        {
            await new ChatStreamWriter(context, envelope, Options, cancellation).WriteAsync(turn, usage, fault);
        }
        else
        {
            await WriteCompletionAsync(context, envelope, turn, usage, fault, cancellation);
        }
    }

    private async Task WriteCompletionAsync(HttpContext context, ResponseEnvelope envelope, ModelTurn turn, UsageInfo usage,
        EmulatorFault? fault, CancellationToken cancellation)
    {
        switch (fault?.Kind)
        {
            case EmulatorFaultKind.SlowFirstToken:
                await Task.Delay(fault.Delay ?? Options.SlowFirstTokenDelay, cancellation);
                break;
            case EmulatorFaultKind.Stall:
                await Task.Delay(fault.Delay ?? Options.StallDelay, cancellation);
                break;
            case EmulatorFaultKind.ConnectionReset:
                await ConnectionFaults.DropAsync(context, responseStarted: false);
                return;
        }

        // Without a stream, a mid-stream error can only show as the error-in-a-200 shape.
        if (fault?.Kind == EmulatorFaultKind.StreamError)
        {
            turn = new ModelTurn { Content = "", FinishReason = "error" };
        }

        var error = fault?.Kind is EmulatorFaultKind.ChoiceError or EmulatorFaultKind.StreamError
            ? ChoiceErrorInfo.From(fault, envelope.Provider, "Upstream error from provider")
            : null;
        var body = ChatCompletionJson.Completion(envelope, turn, usage, fault?.Kind == EmulatorFaultKind.EmptyChoices, error);
        var headers = new Dictionary<string, string> { ["X-Generation-Id"] = envelope.GenerationId };
        if (fault?.Kind == EmulatorFaultKind.Truncated)
        {
            // Half a body, ended cleanly (chunked, no Content-Length): the client gets JSON it cannot parse.
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            context.Response.Headers["X-Generation-Id"] = envelope.GenerationId;
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), cancellation);
            return;
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, body, cancellation, headers);
    }

    private ModelTurn FromScript(ScriptedResponse script) => new()
    {
        Content = script.Text ?? "",
        ToolCalls = script.ToolCalls.Select(c => new ToolCallModel(c.Id ?? state.Ids.ToolCallId(), c.Name, c.Arguments)).ToList(),
        Reasoning = script.Reasoning,
        FinishReason = script.FinishReason ?? ModelTurn.DerivedFinish,
    };

    /// <summary>max_tokens: text beyond it is cut and the finish reason becomes "length".</summary>
    private ModelTurn LimitLength(ModelTurn turn, long? maxTokens)
    {
        var limit = maxTokens * Options.CharsPerToken;
        return turn.ToolCalls.Count == 0 && limit is { } chars && turn.Content is { } content && content.Length > chars
            ? turn with { Content = content[..(int)chars], FinishReason = "length" }
            : turn;
    }

    private sealed record AttemptResult(CatalogModel? Model, string? Provider, ScriptedResponse? Script, EmulatorFault? Fault,
        EmulatorHttpException? Error)
    {
        public static AttemptResult Failed(EmulatorHttpException error) => new(null, null, null, null, error);
    }
}
