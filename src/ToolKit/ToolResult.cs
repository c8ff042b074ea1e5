using System.Text;

namespace ToolKit;

/// <summary>
/// The outcome of a tool call, as it goes back to the model: JSON or text content on success, or an error whose
/// message tells the model what went wrong and how to fix it.
/// </summary>
public sealed class ToolResult
{
    private ToolResult(string content, bool isJson, ToolErrorKind errorKind, IReadOnlyList<ArgumentError>? argumentErrors)
    {
        Content = content;
        IsJson = isJson;
        ErrorKind = errorKind;
        ArgumentErrors = argumentErrors ?? [];
    }

    /// <summary>The content sent to the model: the result JSON, the result text, or the error message.</summary>
    public string Content { get; }

    /// <summary>Whether <see cref="Content"/> is JSON (otherwise it is plain text).</summary>
    public bool IsJson { get; }

    /// <summary>Why the call failed, or <see cref="ToolErrorKind.None"/> on success.</summary>
    public ToolErrorKind ErrorKind { get; }

    /// <summary>Whether the call failed.</summary>
    public bool IsError => ErrorKind != ToolErrorKind.None;

    /// <summary>For <see cref="ToolErrorKind.InvalidArguments"/>: every problem found, in document order.</summary>
    public IReadOnlyList<ArgumentError> ArgumentErrors { get; }

    /// <summary>A successful result whose content is JSON.</summary>
    public static ToolResult Json(string json) => new(json ?? throw new ArgumentNullException(nameof(json)), true, ToolErrorKind.None, null);

    /// <summary>A successful result whose content is plain text.</summary>
    public static ToolResult Text(string text) => new(text ?? string.Empty, false, ToolErrorKind.None, null);

    /// <summary>The result of a tool that returns nothing.</summary>
    public static ToolResult Done { get; } = new("Done.", false, ToolErrorKind.None, null);

    /// <summary>An error result with a message written for the model.</summary>
    public static ToolResult Error(ToolErrorKind kind, string message)
    {
        if (kind == ToolErrorKind.None)
        {
            throw new ArgumentException("An error result needs an error kind.", nameof(kind));
        }

        return new(message, false, kind, null);
    }

    /// <summary>An <see cref="ToolErrorKind.InvalidArguments"/> result listing every problem.</summary>
    public static ToolResult InvalidArguments(string toolName, IReadOnlyList<ArgumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder();
        text.Append("Invalid arguments for tool \"").Append(toolName).Append("\". Fix these and call it again:");
        foreach (ArgumentError error in errors)
        {
            text.Append('\n').Append(error.Path).Append(": ").Append(error.Message);
        }

        return new(text.ToString(), false, ToolErrorKind.InvalidArguments, errors);
    }

    /// <summary>An <see cref="ToolErrorKind.UnknownTool"/> result naming the tools that do exist.</summary>
    public static ToolResult UnknownTool(string toolName, IReadOnlyList<ToolDefinition> available)
    {
        ArgumentNullException.ThrowIfNull(available);
        var text = new StringBuilder();
        text.Append("There is no tool named \"").Append(toolName).Append("\".");
        if (available.Count > 0)
        {
            text.Append(" Available tools: ");
            for (int i = 0; i < available.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ").Append(available[i].Name);
            }

            text.Append('.');
        }

        return new(text.ToString(), false, ToolErrorKind.UnknownTool, null);
    }

    /// <summary>
    /// A <see cref="ToolErrorKind.ToolFailed"/> result for an exception thrown by a tool. It names the exception
    /// type and message when <see cref="ToolContext.IncludeExceptionDetails"/> is set, and never the stack trace.
    /// </summary>
    public static ToolResult Failed(string toolName, Exception exception, bool includeDetails = true)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string message = includeDetails
            ? $"Tool \"{toolName}\" failed: {exception.GetType().Name}: {exception.Message}"
            : $"Tool \"{toolName}\" failed.";
        return new(message, false, ToolErrorKind.ToolFailed, null);
    }

    /// <inheritdoc />
    public override string ToString() => IsError ? $"{ErrorKind}: {Content}" : Content;
}
