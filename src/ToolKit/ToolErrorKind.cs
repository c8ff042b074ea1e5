namespace ToolKit;

/// <summary>Why a tool call did not produce a normal result.</summary>
public enum ToolErrorKind
{
    /// <summary>The call succeeded.</summary>
    None = 0,

    /// <summary>The model's arguments did not bind: malformed JSON, a wrong type, a missing or unknown property, or a broken constraint.</summary>
    InvalidArguments,

    /// <summary>No tool with the requested name exists in the tool set.</summary>
    UnknownTool,

    /// <summary>The tool threw an exception.</summary>
    ToolFailed,

    /// <summary>The tool did not finish within its timeout.</summary>
    Timeout,

    /// <summary>A person or policy denied the call.</summary>
    Denied,
}
