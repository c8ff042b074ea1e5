namespace ToolKit.Emulator.Chat;

/// <summary>The fields every completion body and chunk repeats: id, served model, provider, timestamp.</summary>
internal sealed record ResponseEnvelope(string GenerationId, string Model, string Provider, long Created);
