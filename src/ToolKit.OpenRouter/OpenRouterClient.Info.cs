using ToolKit.OpenRouter.Internal;
using ToolKit.OpenRouter.Models;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter;

/// <content>Catalog, account and generation endpoints.</content>
public partial class OpenRouterClient
{
    /// <summary>Lists the models (<c>GET /models</c>).</summary>
    /// <param name="supportedParameters">Only models supporting these parameters, comma-separated (for example <c>tools</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OpenRouterException">The call failed.</exception>
    public virtual Task<IReadOnlyList<OpenRouterModel>> ListModelsAsync(string? supportedParameters = null, CancellationToken cancellationToken = default) =>
        ListModelsAsync(new ModelListQuery { SupportedParameters = string.IsNullOrEmpty(supportedParameters) ? null : [supportedParameters] }, cancellationToken);

    /// <summary>Lists the models that match <paramref name="query"/> (<c>GET /models</c> with filters, sorting and paging).</summary>
    /// <param name="query">The filters; unset members are not sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OpenRouterException">The call failed.</exception>
    public virtual Task<IReadOnlyList<OpenRouterModel>> ListModelsAsync(ModelListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListModelsAtAsync("models" + query.ToQueryString(), cancellationToken);
    }

    /// <summary>
    /// Lists the models this key may use (<c>GET /models/user</c>): the catalog filtered by the account's provider
    /// preferences, privacy settings and guardrails. Needs an API key.
    /// </summary>
    /// <param name="offset">Records to skip; with neither this nor <paramref name="limit"/>, the whole list comes back.</param>
    /// <param name="limit">Most records to return (at most 1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OpenRouterException">The call failed (401 without a valid key).</exception>
    public virtual Task<IReadOnlyList<OpenRouterModel>> ListUserModelsAsync(int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        ListModelsAtAsync("models/user" + new ModelListQuery { Offset = offset, Limit = limit }.ToQueryString(), cancellationToken);

    /// <summary>Counts the models (<c>GET /models/count</c>).</summary>
    /// <param name="outputModalities">Only models with these output modalities (<c>text</c>, <c>image</c>, <c>audio</c>, <c>embeddings</c>, or <c>all</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OpenRouterException">The call failed.</exception>
    public virtual async Task<int> CountModelsAsync(IReadOnlyList<string>? outputModalities = null, CancellationToken cancellationToken = default)
    {
        ErrorContext context = CreateErrorContext(null);
        string path = "models/count" + new ModelListQuery { OutputModalities = outputModalities }.ToQueryString();
        DataEnvelope<ModelCount> envelope = await SendJsonAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Wire.DataEnvelopeModelCount, context, cancellationToken)
            .ConfigureAwait(false);
        return envelope.Data?.Count ?? throw ErrorFactory.InvalidResponse("the model count has no data", null, context, 200);
    }

    private async Task<IReadOnlyList<OpenRouterModel>> ListModelsAtAsync(string path, CancellationToken cancellationToken)
    {
        ErrorContext context = CreateErrorContext(null);
        ModelListEnvelope envelope = await SendJsonAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Wire.ModelListEnvelope, context, cancellationToken)
            .ConfigureAwait(false);
        return envelope.Data ?? throw ErrorFactory.InvalidResponse("the model list has no data", null, context, 200);
    }

    /// <summary>Lists the provider endpoints of one model (<c>GET /models/{author}/{slug}/endpoints</c>).</summary>
    /// <param name="author">The part of the model id before the slash, for example <c>openai</c>.</param>
    /// <param name="slug">The part after it, for example <c>gpt-4o</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OpenRouterException">The call failed (404 for an unknown model).</exception>
    public virtual async Task<ModelEndpoints> GetModelEndpointsAsync(string author, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(author);
        ArgumentException.ThrowIfNullOrEmpty(slug);
        string path = $"models/{Uri.EscapeDataString(author)}/{Uri.EscapeDataString(slug)}/endpoints";
        ErrorContext context = CreateErrorContext($"{author}/{slug}");
        DataEnvelope<ModelEndpoints> envelope = await SendJsonAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Wire.DataEnvelopeModelEndpoints, context, cancellationToken)
            .ConfigureAwait(false);
        return envelope.Data ?? throw ErrorFactory.InvalidResponse("the endpoints answer has no data", null, context, 200);
    }

    /// <summary>Gets the API key's limits and usage (<c>GET /key</c>, formerly <c>/auth/key</c>).</summary>
    /// <exception cref="OpenRouterException">The call failed (401 for a bad key).</exception>
    public virtual async Task<KeyInfo> GetKeyAsync(CancellationToken cancellationToken = default)
    {
        ErrorContext context = CreateErrorContext(null);
        DataEnvelope<KeyInfo> envelope = await SendJsonAsync(HttpMethod.Get, "key", null, OpenRouterJsonContext.Wire.DataEnvelopeKeyInfo, context, cancellationToken)
            .ConfigureAwait(false);
        return envelope.Data ?? throw ErrorFactory.InvalidResponse("the key answer has no data", null, context, 200);
    }

    /// <summary>Gets the account's credits (<c>GET /credits</c>).</summary>
    /// <exception cref="OpenRouterException">The call failed.</exception>
    public virtual async Task<CreditsInfo> GetCreditsAsync(CancellationToken cancellationToken = default)
    {
        ErrorContext context = CreateErrorContext(null);
        DataEnvelope<CreditsInfo> envelope = await SendJsonAsync(HttpMethod.Get, "credits", null, OpenRouterJsonContext.Wire.DataEnvelopeCreditsInfo, context, cancellationToken)
            .ConfigureAwait(false);
        return envelope.Data ?? throw ErrorFactory.InvalidResponse("the credits answer has no data", null, context, 200);
    }

    /// <summary>
    /// Gets a generation's stats (<c>GET /generation?id=</c>). Right after a completion the generation can be missing
    /// for a moment, so a 404 is retried <see cref="OpenRouterOptions.GenerationNotFoundRetries"/> times, waiting
    /// <see cref="OpenRouterOptions.GenerationNotFoundDelay"/> and then twice as long each time.
    /// </summary>
    /// <param name="id">The generation id (the <c>id</c> of a completion).</param>
    /// <param name="cancellationToken">Cancels the call and the waits.</param>
    /// <exception cref="OpenRouterException">The call failed, or the generation was still missing after the retries.</exception>
    public virtual async Task<GenerationInfo> GetGenerationAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        string path = "generation?id=" + Uri.EscapeDataString(id);
        ErrorContext context = CreateErrorContext(null);
        TimeSpan delay = _generationNotFoundDelay;
        for (int retry = 0; ; retry++)
        {
            try
            {
                DataEnvelope<GenerationInfo> envelope = await SendJsonAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Wire.DataEnvelopeGenerationInfo, context, cancellationToken)
                    .ConfigureAwait(false);
                return envelope.Data ?? throw ErrorFactory.InvalidResponse("the generation answer has no data", null, context, 200, id);
            }
            catch (OpenRouterException ex) when (ex.StatusCode == 404 && retry < _generationNotFoundRetries)
            {
                // Not yet recorded: wait below and ask again.
            }

            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            delay *= 2;
        }
    }
}
