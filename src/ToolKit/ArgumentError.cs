namespace ToolKit;

/// <summary>One problem with a tool call's arguments, written so that the model can fix it.</summary>
/// <param name="Path">The JSON path of the offending value, for example <c>$.request.dates[2]</c>.</param>
/// <param name="Message">What was expected and what was found, for example <c>expected an integer from 1 to 7, got "three"</c>.</param>
public sealed record ArgumentError(string Path, string Message)
{
    /// <summary>The error as one line: <c>$.days: expected an integer from 1 to 7, got "three"</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
