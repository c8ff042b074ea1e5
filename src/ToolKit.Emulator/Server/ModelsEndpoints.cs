using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ToolKit.Emulator.Catalog;
using ToolKit.Emulator.Chat;

namespace ToolKit.Emulator.Server;

/// <summary>
/// <c>GET /models</c> and <c>/models/user</c> (filtered, sorted and paged by <see cref="ModelListFilter"/>),
/// <c>GET /models/count</c> and <c>GET /models/{author}/{slug}/endpoints</c>.
/// </summary>
internal sealed class ModelsEndpoints(EmulatorState state)
{
    public Task ListAsync(HttpContext context, CancellationToken cancellation)
    {
        var models = ModelListFilter.Apply(state.Catalog.Listed(state.Options.ListSyntheticModels), context.Request.Query);
        var body = EmulatorJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var model in models)
            {
                model.Json.WriteTo(w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, body, cancellation);
    }

    /// <summary><c>{"data": {"count": N}}</c>, after the same filters as the list (the API documents <c>output_modalities</c>).</summary>
    public Task CountAsync(HttpContext context, CancellationToken cancellation)
    {
        int count = ModelListFilter.Apply(state.Catalog.Listed(state.Options.ListSyntheticModels), context.Request.Query).Count();
        var body = EmulatorJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteNumber("count", count);
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, body, cancellation);
    }

    public Task EndpointsAsync(HttpContext context, string author, string slug, CancellationToken cancellation)
    {
        var id = author + "/" + slug;
        if (!state.Catalog.TryResolve(id, out var model))
        {
            return ErrorWriter.WriteAsync(context, 404, $"Model {id} not found", cancellation);
        }

        var providers = ProviderRouting.Candidates(model, ProviderPreferences.None, state.Options);
        var body = EmulatorJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("id", model.Id);
            w.WriteString("name", model.Name);
            Copy(w, model.Json, "created");
            Copy(w, model.Json, "description");
            Copy(w, model.Json, "architecture");
            w.WriteStartArray("endpoints");
            foreach (var provider in providers)
            {
                WriteEndpoint(w, model, provider);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, body, cancellation);
    }

    private static void WriteEndpoint(Utf8JsonWriter w, CatalogModel model, string provider)
    {
        w.WriteStartObject();
        w.WriteString("name", $"{provider} | {model.Id}");
        w.WriteString("model_id", model.CanonicalSlug);
        w.WriteString("model_name", model.Name);
        w.WriteNumber("context_length", model.ContextLength);
        Copy(w, model.Json, "pricing");
        w.WriteString("provider_name", provider);
        w.WriteString("tag", ProviderNames.Slug(provider));
        w.WriteNull("quantization");
        if (model.MaxCompletionTokens is { } max)
        {
            w.WriteNumber("max_completion_tokens", max);
        }
        else
        {
            w.WriteNull("max_completion_tokens");
        }

        w.WriteNull("max_prompt_tokens");
        Copy(w, model.Json, "supported_parameters");
        w.WriteNumber("status", 0);
        w.WriteNumber("uptime_last_30m", 100);
        w.WriteNumber("uptime_last_5m", 100);
        w.WriteNumber("uptime_last_1d", 100);
        w.WriteBoolean("supports_implicit_caching", false);
        w.WriteNull("latency_last_30m");
        w.WriteNull("throughput_last_30m");
        w.WriteEndObject();
    }

    private static void Copy(Utf8JsonWriter w, JsonElement source, string name)
    {
        w.WritePropertyName(name);
        if (source.TryGetProperty(name, out var value))
        {
            value.WriteTo(w);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
