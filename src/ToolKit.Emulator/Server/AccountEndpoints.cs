using Microsoft.AspNetCore.Http;

namespace ToolKit.Emulator.Server;

/// <summary><c>GET /key</c> (also <c>/auth/key</c>) and <c>GET /credits</c>, both wrapped in <c>{"data": …}</c>.</summary>
internal sealed class AccountEndpoints(EmulatorState state)
{
    public Task KeyAsync(HttpContext context, string apiKey, CancellationToken cancellation)
    {
        var usage = state.Ledger.TotalUsage;
        var limit = state.Options.KeyLimit;
        var body = EmulatorJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("label", Label(apiKey));
            WriteNullable(w, "limit", limit);
            w.WriteNumber("usage", usage);
            w.WriteNumber("usage_daily", usage);
            w.WriteNumber("usage_weekly", usage);
            w.WriteNumber("usage_monthly", usage);
            w.WriteNumber("byok_usage", 0);
            w.WriteNumber("byok_usage_daily", 0);
            w.WriteNumber("byok_usage_weekly", 0);
            w.WriteNumber("byok_usage_monthly", 0);
            w.WriteBoolean("is_free_tier", false);
            w.WriteBoolean("is_management_key", false);
            w.WriteBoolean("is_provisioning_key", false);
            WriteNullable(w, "limit_remaining", limit is { } l ? Math.Max(0, l - usage) : null);
            w.WriteNull("limit_reset");
            w.WriteBoolean("include_byok_in_limit", false);
            w.WriteNull("expires_at");
            w.WriteNull("creator_user_id");
            w.WriteStartObject("rate_limit");
            w.WriteNumber("requests", -1);
            w.WriteString("interval", "10s");
            w.WriteString("note", "This field is deprecated and safe to ignore.");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, body, cancellation);
    }

    public Task CreditsAsync(HttpContext context, CancellationToken cancellation)
    {
        var body = EmulatorJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteNumber("total_credits", state.Ledger.TotalCredits);
            w.WriteNumber("total_usage", state.Ledger.TotalUsage);
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, body, cancellation);
    }

    /// <summary>"sk-or-v1-emu...key": the key shortened the way OpenRouter labels keys.</summary>
    private static string Label(string key) => key.Length <= 15 ? key : key[..12] + "..." + key[^3..];

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
