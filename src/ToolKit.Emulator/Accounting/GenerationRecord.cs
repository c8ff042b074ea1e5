namespace ToolKit.Emulator.Accounting;

/// <summary>The stats <c>GET /generation</c> reports for one completion.</summary>
internal sealed record GenerationRecord(
    string Id,
    string Model,
    string ProviderName,
    DateTimeOffset CreatedAt,
    long PromptTokens,
    long CompletionTokens,
    decimal Cost,
    string? FinishReason,
    bool Streamed,
    double LatencyMs,
    string? Origin,
    string? UserAgent);
