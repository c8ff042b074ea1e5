namespace ToolKit.Chat;

/// <summary>Whether and which tools the model may call.</summary>
public sealed record ChatToolChoice
{
    private ChatToolChoice(string mode, string? functionName)
    {
        Mode = mode;
        FunctionName = functionName;
    }

    /// <summary><c>auto</c>, <c>none</c>, <c>required</c> or <c>function</c>.</summary>
    public string Mode { get; }

    /// <summary>For <c>function</c>: the tool the model must call.</summary>
    public string? FunctionName { get; }

    /// <summary>The model decides.</summary>
    public static ChatToolChoice Auto { get; } = new("auto", null);

    /// <summary>The model must answer in text.</summary>
    public static ChatToolChoice None { get; } = new("none", null);

    /// <summary>The model must call at least one tool.</summary>
    public static ChatToolChoice Required { get; } = new("required", null);

    /// <summary>The model must call <paramref name="name"/>.</summary>
    public static ChatToolChoice Function(string name) => new("function", name ?? throw new ArgumentNullException(nameof(name)));
}
