namespace ToolKit.Emulator;

/// <summary>A tool call a scripted model makes.</summary>
/// <param name="Name">The tool name, sent as <c>function.name</c>.</param>
/// <param name="Arguments">The arguments exactly as sent in <c>function.arguments</c> (any text, even invalid JSON).</param>
/// <param name="Id">The call id; null gets a fresh <c>call_…</c> id.</param>
public sealed record ScriptedToolCall(string Name, string Arguments, string? Id = null);
