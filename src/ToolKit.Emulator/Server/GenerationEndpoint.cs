using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ToolKit.Emulator.Server;

/// <summary><c>GET /generation?id=</c>: 404 for a moment after the completion (as the real API), then its stats.</summary>
internal sealed class GenerationEndpoint(EmulatorState state)
{
    public Task GetAsync(HttpContext context, CancellationToken cancellation)
    {
        var id = context.Request.Query["id"].ToString();
        if (id.Length == 0)
        {
            return ErrorWriter.WriteAsync(context, 400, "id: required", cancellation);
        }

        var generation = state.Ledger.Lookup(id, state.Options.TimeProvider.GetUtcNow());
        if (generation is null)
        {
            return ErrorWriter.WriteAsync(context, 404, $"Generation {id} not found", cancellation);
        }

        var body = EmulatorJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("id", generation.Id);
            w.WriteString("upstream_id", "chatcmpl-" + generation.Id[4..]);
            w.WriteNumber("total_cost", generation.Cost);
            w.WriteNull("cache_discount");
            w.WriteNumber("upstream_inference_cost", generation.Cost);
            w.WriteString("created_at", generation.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture));
            w.WriteString("model", generation.Model);
            w.WriteNull("app_id");
            w.WriteBoolean("streamed", generation.Streamed);
            w.WriteBoolean("cancelled", false);
            w.WriteString("provider_name", generation.ProviderName);
            w.WriteNumber("latency", Math.Round(generation.LatencyMs));
            w.WriteNumber("moderation_latency", 0);
            w.WriteNumber("generation_time", Math.Round(generation.LatencyMs));
            WriteNullableString(w, "finish_reason", generation.FinishReason);
            w.WriteNull("service_tier");
            w.WriteNumber("tokens_prompt", generation.PromptTokens);
            w.WriteNumber("tokens_completion", generation.CompletionTokens);
            w.WriteNumber("native_tokens_prompt", generation.PromptTokens);
            w.WriteNumber("native_tokens_completion", generation.CompletionTokens);
            w.WriteNumber("native_tokens_completion_images", 0);
            w.WriteNumber("native_tokens_reasoning", 0);
            w.WriteNumber("native_tokens_cached", 0);
            w.WriteNumber("num_media_prompt", 0);
            w.WriteNumber("num_input_audio_prompt", 0);
            w.WriteNumber("num_media_completion", 0);
            w.WriteNumber("num_search_results", 0);
            w.WriteNumber("num_fetches", 0);
            w.WriteNull("web_search_engine");
            w.WriteString("origin", generation.Origin ?? "");
            w.WriteNumber("usage", generation.Cost);
            w.WriteBoolean("is_byok", false);
            WriteNullableString(w, "native_finish_reason", generation.FinishReason);
            w.WriteNull("external_user");
            w.WriteString("api_type", "completions");
            w.WriteNull("preset_id");
            w.WriteNull("router");
            w.WriteNull("provider_responses");
            WriteNullableString(w, "user_agent", generation.UserAgent);
            WriteNullableString(w, "http_referer", generation.Origin);
            w.WriteString("data_region", "global");
            w.WriteNull("workspace_id");
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, body, cancellation);
    }

    private static void WriteNullableString(System.Text.Json.Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
