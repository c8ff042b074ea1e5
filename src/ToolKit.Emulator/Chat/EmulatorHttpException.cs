namespace ToolKit.Emulator.Chat;

/// <summary>An error answered in the OpenRouter shape <c>{"error":{"code","message","metadata"}}</c>.</summary>
internal sealed class EmulatorHttpException(int status, string message, IReadOnlyDictionary<string, object?>? metadata = null)
    : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>Written as <c>error.metadata</c>: strings, numbers, booleans and string lists.</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; } = metadata;

    /// <summary>Extra response headers (Retry-After).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether OpenRouter would try the next model of <c>models</c> after it.</summary>
    public bool FallbackEligible { get; init; }
}
