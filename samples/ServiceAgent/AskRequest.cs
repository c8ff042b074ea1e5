namespace ServiceAgent;

/// <summary>The body of <c>POST /ask</c>.</summary>
/// <param name="Question">What to ask the agent.</param>
public sealed record AskRequest(string? Question);
