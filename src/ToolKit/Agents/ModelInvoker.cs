using System.Diagnostics;
using System.Text.Json;
using ToolKit.Chat;

namespace ToolKit;

/// <summary>
/// Sends one turn's request down the fallback chain: skips models that cool down, are excluded from the run or fail
/// the capability filter; retries transient failures with backoff and jitter, honouring Retry-After; moves to the
/// next model per <see cref="FailurePolicy"/>; and records every attempt. A failed attempt leaves the transcript as
/// it was, so the next attempt resends the same conversation.
/// </summary>
/// <remarks>
/// Hand-written rather than built on Polly: the decision depends on the failure kind, the run's deadline, the
/// shared cooldowns and the chain position together, and every attempt must be recorded and streamed as an event;
/// a resilience pipeline per model would still need all of that around it, and the core package stays free of
/// dependencies.
/// </remarks>
internal sealed class ModelInvoker
{
    private readonly IChatModel _model;

    public ModelInvoker(IChatModel model) => _model = model;

    public async Task<ChatResponse> InvokeAsync(RunContext run, ChatRequest template, CancellationToken cancellationToken)
    {
        AgentOptions options = run.Options;
        run.LastSkip = null;
        string? previousModel = null;
        FailureKind lastFailure = FailureKind.Unknown;
        string lastMessage = "no model was tried";
        int? minimumContext = null;
        int estimatedPromptTokens = EstimatePromptTokens(template);

        foreach (string model in options.Models)
        {
            if (run.State.ExcludedModels.Contains(model))
            {
                continue;
            }

            if (options.Cooldowns.IsCoolingDown(model, run.Now))
            {
                await RecordSkipAsync(run, model, FailureKind.Overloaded, "cooling down after repeated failures").ConfigureAwait(false);
                continue;
            }

            if (options.ModelCatalog is { } catalog
                && await catalog.FindAsync(model, cancellationToken).ConfigureAwait(false) is { } info)
            {
                if (template.Tools is { Count: > 0 } && !info.SupportsTools)
                {
                    await RecordSkipAsync(run, model, FailureKind.ToolsUnsupported, "the catalog says the model does not support tools").ConfigureAwait(false);
                    continue;
                }

                if (info.ContextLength is { } context && (context < estimatedPromptTokens || context <= minimumContext))
                {
                    await RecordSkipAsync(run, model, FailureKind.ContextTooLong, $"its context ({context} tokens) is too small").ConfigureAwait(false);
                    continue;
                }
            }

            if (previousModel is not null)
            {
                AgentTelemetry.Fallbacks.Add(1, new KeyValuePair<string, object?>("error.type", lastFailure.ToString()));
                AgentLog.Fallback(run.Logger, run.State.RunId, run.Turn, previousModel, model, lastFailure);
                await run.EmitAsync(new FallbackEvent(previousModel, model, lastFailure)).ConfigureAwait(false);
            }

            ChatRequest request = template.Model == model ? template : template with { Model = model };
            for (int attempt = 0; ; attempt++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DateTimeOffset startedAt = run.Now;
                long started = options.TimeProvider.GetTimestamp();
                using Activity? activity = StartChatActivity(model, options, request);
                ChatModelException failure;
                ChatUsage? billed = null;
                try
                {
                    ChatResponse response = run.IsStreaming
                        ? await StreamOnceAsync(run, request, cancellationToken).ConfigureAwait(false)
                        : await CompleteOnceAsync(request, options.Retry.RequestTimeout, options.TimeProvider, cancellationToken).ConfigureAwait(false);

                    // A response rejected below (filtered, empty) was still billed: its usage counts toward the budgets.
                    billed = response.Usage;
                    Validate(response, model);
                    TimeSpan latency = options.TimeProvider.GetElapsedTime(started);
                    RecordSuccess(run, activity, model, startedAt, latency, response);
                    return response;
                }
                catch (ChatModelException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = exception;
                }
                catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = new ChatModelException(FailureKind.Timeout, $"The request did not finish within {options.Retry.RequestTimeout.TotalSeconds:0.#} s.", exception);
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
                {
                    failure = new ChatModelException(FailureKind.NetworkError, exception.Message, exception);
                }
                catch (JsonException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = new ChatModelException(FailureKind.InvalidResponse, "The response could not be parsed: " + exception.Message, exception);
                }

                activity?.SetStatus(ActivityStatusCode.Error, failure.Kind.ToString());
                activity?.SetTag("error.type", failure.Kind.ToString());
                lastFailure = failure.Kind;
                lastMessage = failure.Message;
                var failed = new ModelAttempt
                {
                    Turn = run.Turn,
                    RequestedModel = model,
                    ServedModel = failure.ServedModel,
                    Provider = failure.Provider,
                    StartedAt = startedAt,
                    Latency = options.TimeProvider.GetElapsedTime(started),
                    Usage = billed,
                    Failure = failure.Kind,
                    FailureMessage = failure.Message,
                };
                run.State.Attempts.Add(failed);
                if (billed is not null)
                {
                    run.State.Usage += billed;
                }

                AgentLog.AttemptFailed(run.Logger, run.State.RunId, run.Turn, model, failure.Kind, (long)failed.Latency.TotalMilliseconds, failure.Message);
                await run.EmitAsync(new AttemptFailedEvent(failed)).ConfigureAwait(false);

                bool coolingDown = FailurePolicy.CountsTowardCooldown(failure.Kind)
                    && options.Cooldowns.RecordFailure(model, run.Now, options.Retry.CooldownAfterFailures, options.Retry.Cooldown);
                FailureAction action = options.FailureActions.TryGetValue(failure.Kind, out FailureAction chosen)
                    ? chosen
                    : FailurePolicy.DefaultAction(failure.Kind);
                if (action == FailureAction.Fail)
                {
                    throw new AgentRunException($"Model \"{model}\" failed with {failure.Kind}: {failure.Message}", failure.Kind, run.State, failure);
                }

                if (FailurePolicy.ExcludesModelForRun(failure.Kind))
                {
                    run.State.ExcludedModels.Add(model);
                }

                if (failure.Kind == FailureKind.ContextTooLong && options.ModelCatalog is { } contextCatalog
                    && await contextCatalog.FindAsync(model, cancellationToken).ConfigureAwait(false) is { ContextLength: { } failedContext })
                {
                    minimumContext = Math.Max(minimumContext ?? 0, failedContext);
                }

                int maxRetries = failure.Kind == FailureKind.Timeout ? options.Retry.MaxTimeoutRetries : options.Retry.MaxRetries;
                if (action != FailureAction.RetryThenNextModel || coolingDown || attempt >= maxRetries
                    || !TryGetRetryDelay(run, failure, attempt, out TimeSpan delay))
                {
                    break;
                }

                AgentLog.RetryWait(run.Logger, run.State.RunId, run.Turn, attempt + 1, maxRetries, model, failure.Kind,
                    (long)delay.TotalMilliseconds, failure.RetryAfter is not null);
                await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            previousModel = model;
        }

        if (lastFailure == FailureKind.Unknown && run.LastSkip is { } skip)
        {
            (lastFailure, lastMessage) = skip;
        }
        else if (lastFailure == FailureKind.Unknown && run.State.ExcludedModels.Count > 0)
        {
            (lastFailure, lastMessage) = (FailureKind.InvalidResponse,
                $"every model is excluded from this run ({string.Join(", ", run.State.ExcludedModels)}), the last after repeated invalid tool calls or a failure that rules it out");
        }

        throw new AgentRunException(
            $"No model in the chain could answer; the last failure was {lastFailure}: {lastMessage}",
            lastFailure, run.State);
    }

    private async Task<ChatResponse> CompleteOnceAsync(ChatRequest request, TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new TimeoutTokenSource(timeout, clock, cancellationToken);
        return await _model.CompleteAsync(request, timeoutSource.Token).ConfigureAwait(false);
    }

    // The timeout restarts with every update, so it bounds the wait for the first token and every stall after it.
    private async Task<ChatResponse> StreamOnceAsync(RunContext run, ChatRequest request, CancellationToken cancellationToken)
    {
        TimeSpan timeout = run.Options.Retry.RequestTimeout;
        using var timeoutSource = new TimeoutTokenSource(timeout, run.Options.TimeProvider, cancellationToken);
        var builder = new ChatResponseBuilder();
        await using IAsyncEnumerator<ChatStreamUpdate> updates = _model.StreamAsync(request, timeoutSource.Token).GetAsyncEnumerator(timeoutSource.Token);
        while (await updates.MoveNextAsync().ConfigureAwait(false))
        {
            timeoutSource.Source.CancelAfter(timeout);
            ChatStreamUpdate update = updates.Current;
            builder.Add(update);
            if (!string.IsNullOrEmpty(update.TextDelta))
            {
                await run.EmitAsync(new TextDeltaEvent(update.TextDelta, update.Model ?? request.Model)).ConfigureAwait(false);
            }
        }

        return builder.Build();
    }

    private static void Validate(ChatResponse response, string model)
    {
        if (response.FinishReason == "content_filter" && !response.HasToolCalls)
        {
            throw new ChatModelException(FailureKind.ContentFiltered, "The provider filtered the answer (finish_reason content_filter).") { Model = model, ServedModel = response.Model };
        }

        if (!response.HasToolCalls && string.IsNullOrEmpty(response.Message.Content))
        {
            throw new ChatModelException(FailureKind.InvalidResponse, "The model returned neither text nor tool calls.") { Model = model, ServedModel = response.Model };
        }

        foreach (ToolCall call in response.Message.ToolCalls ?? [])
        {
            if (string.IsNullOrEmpty(call.Name))
            {
                throw new ChatModelException(FailureKind.InvalidResponse, "The model returned a tool call with no name.") { Model = model, ServedModel = response.Model };
            }
        }
    }

    private static bool TryGetRetryDelay(RunContext run, ChatModelException failure, int attempt, out TimeSpan delay)
    {
        RetryOptions retry = run.Options.Retry;
        if (failure.RetryAfter is { } retryAfter)
        {
            // A provider that asks for a longer wait than we allow is better skipped than waited for.
            delay = retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter;
            if (delay > retry.MaxDelay)
            {
                return false;
            }
        }
        else
        {
            double exponential = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
            double jitter = 0.75 + (Random.Shared.NextDouble() * 0.5);
            delay = TimeSpan.FromMilliseconds(Math.Min(exponential * jitter, retry.MaxDelay.TotalMilliseconds));
        }

        return run.Options.Limits.MaxDuration is not { } maxDuration || run.Elapsed + delay < maxDuration;
    }

    private static async ValueTask RecordSkipAsync(RunContext run, string model, FailureKind reason, string message)
    {
        run.LastSkip = (reason, $"model \"{model}\" was skipped: {message}");
        var skipped = new ModelAttempt
        {
            Turn = run.Turn,
            RequestedModel = model,
            StartedAt = run.Now,
            Failure = reason,
            FailureMessage = "Skipped: " + message,
            Skipped = true,
        };
        run.State.Attempts.Add(skipped);
        AgentLog.ModelSkipped(run.Logger, run.State.RunId, run.Turn, model, reason, message);
        await run.EmitAsync(new AttemptFailedEvent(skipped)).ConfigureAwait(false);
    }

    private static void RecordSuccess(RunContext run, Activity? activity, string model, DateTimeOffset startedAt, TimeSpan latency, ChatResponse response)
    {
        run.Options.Cooldowns.RecordSuccess(model);
        run.State.Attempts.Add(new ModelAttempt
        {
            Turn = run.Turn,
            RequestedModel = model,
            ServedModel = response.Model,
            Provider = response.Provider,
            StartedAt = startedAt,
            Latency = latency,
            Usage = response.Usage,
        });

        var modelTag = new KeyValuePair<string, object?>("gen_ai.request.model", model);
        AgentTelemetry.OperationDuration.Record(latency.TotalSeconds, modelTag);
        if (response.Usage is { } usage)
        {
            AgentTelemetry.TokenUsage.Record(usage.PromptTokens, modelTag, new("gen_ai.token.type", "input"));
            AgentTelemetry.TokenUsage.Record(usage.CompletionTokens, modelTag, new("gen_ai.token.type", "output"));
            if (usage.CostUsd is { } cost)
            {
                AgentTelemetry.Cost.Add((double)cost, modelTag);
            }
        }

        if (activity is not null)
        {
            activity.SetTag("gen_ai.response.model", response.Model);
            activity.SetTag("gen_ai.response.id", response.Id);
            activity.SetTag("gen_ai.response.finish_reasons", response.FinishReason is null ? null : new[] { response.FinishReason });
            activity.SetTag("gen_ai.usage.input_tokens", response.Usage?.PromptTokens);
            activity.SetTag("gen_ai.usage.output_tokens", response.Usage?.CompletionTokens);
            activity.SetTag("toolkit.usage.cost_usd", (double?)response.Usage?.CostUsd);
            if (run.RecordContent)
            {
                AgentTelemetry.AddChoiceEvent(activity, response);
            }
        }
    }

    private static Activity? StartChatActivity(string model, AgentOptions options, ChatRequest request)
    {
        Activity? activity = AgentTelemetry.Source.StartActivity("chat " + model, ActivityKind.Client);
        activity?.SetTag("gen_ai.operation.name", "chat");
        activity?.SetTag("gen_ai.request.model", model);
        activity?.SetTag("gen_ai.request.temperature", options.Temperature);
        activity?.SetTag("gen_ai.request.max_tokens", options.MaxTokens);
        if (activity is not null && options.RecordContentInTelemetry)
        {
            AgentTelemetry.AddMessageEvents(activity, request.Messages);
        }

        return activity;
    }

    // About four characters a token: enough to skip models whose context is clearly too small.
    private static int EstimatePromptTokens(ChatRequest request)
    {
        long characters = 0;
        foreach (ChatMessage message in request.Messages)
        {
            characters += (message.Content?.Length ?? 0) + 8;
            foreach (ToolCall call in message.ToolCalls ?? [])
            {
                characters += call.Name.Length + call.Arguments.Length;
            }
        }

        foreach (ToolDefinition tool in request.Tools ?? [])
        {
            characters += tool.Name.Length + tool.Description.Length + tool.ParametersSchema.Length;
        }

        return (int)Math.Min(int.MaxValue, characters / 4);
    }
}
