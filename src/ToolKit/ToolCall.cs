namespace ToolKit;

/// <summary>A tool call requested by a model.</summary>
/// <param name="Id">The call id the model assigned; the tool result must echo it.</param>
/// <param name="Name">The tool name.</param>
/// <param name="Arguments">The arguments exactly as the model sent them: JSON text, where <c>""</c> means <c>{}</c>.</param>
public sealed record ToolCall(string Id, string Name, string Arguments);
