namespace ToolKit.Emulator;

/// <summary>A request the emulator received, kept so tests can check what a client sent.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, for example <c>/api/v1/chat/completions</c>.</param>
/// <param name="Query">The query string including its <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers (names as sent; multiple values joined by a comma).</param>
/// <param name="Body">The body as UTF-8 text (empty for none).</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body);
