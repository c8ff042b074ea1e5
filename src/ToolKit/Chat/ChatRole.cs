namespace ToolKit.Chat;

/// <summary>Who wrote a message.</summary>
public enum ChatRole
{
    /// <summary>Instructions for the model.</summary>
    System,

    /// <summary>The person using the application.</summary>
    User,

    /// <summary>The model.</summary>
    Assistant,

    /// <summary>The result of a tool call.</summary>
    Tool,
}
