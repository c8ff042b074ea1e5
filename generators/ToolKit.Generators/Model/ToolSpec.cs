namespace ToolKit.Generators.Model;

/// <summary>What a tool method returns, once awaited.</summary>
internal enum ReturnShape
{
    Void,
    Value,
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

/// <summary>How a returned value becomes the tool result.</summary>
internal enum ResultKind
{
    /// <summary>Nothing is returned.</summary>
    None,

    /// <summary>Written as JSON by generated code.</summary>
    Json,

    /// <summary>A string, passed through as text.</summary>
    Text,

    /// <summary>A <c>ToolResult</c>, passed through as it is.</summary>
    ToolResult,
}

/// <summary>A tool method's return.</summary>
internal sealed record ReturnSpec(ReturnShape Shape, ResultKind Kind, TypeSpec? Type, string? Description)
{
    public bool IsAsync => Shape is ReturnShape.Task or ReturnShape.TaskOfT or ReturnShape.ValueTask or ReturnShape.ValueTaskOfT;
}

/// <summary>One <c>[Tool]</c> method.</summary>
internal sealed record ToolSpec(
    string MethodName,
    string ToolName,
    string? Description,
    bool IsStatic,
    bool Strict,
    bool RequiresApproval,
    bool Idempotent,
    bool Sequential,
    int TimeoutSeconds,
    EquatableArray<ParameterSpec> Parameters,
    ReturnSpec Return);
