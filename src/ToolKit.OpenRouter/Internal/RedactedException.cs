namespace ToolKit.OpenRouter.Internal;

/// <summary>
/// Stands in for an exception whose text contained the API key: it carries the original's full text (type, message,
/// stack) with the key replaced.
/// </summary>
internal sealed class RedactedException(string redactedText) : Exception(redactedText);
