using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// The <c>tool_choice</c> field: <c>"auto"</c>, <c>"none"</c>, <c>"required"</c>, or
/// <c>{"type":"function","function":{"name":"..."}}</c>.
/// </summary>
[JsonConverter(typeof(ToolChoiceConverter))]
public sealed class ToolChoice
{
    private ToolChoice(string mode, string? functionName)
    {
        Mode = mode;
        FunctionName = functionName;
    }

    /// <summary><c>auto</c>, <c>none</c>, <c>required</c> or <c>function</c>.</summary>
    public string Mode { get; }

    /// <summary>For <c>function</c>: the tool the model must call.</summary>
    public string? FunctionName { get; }

    /// <summary>The model decides.</summary>
    public static ToolChoice Auto { get; } = new("auto", null);

    /// <summary>The model must answer in text.</summary>
    public static ToolChoice None { get; } = new("none", null);

    /// <summary>The model must call at least one tool.</summary>
    public static ToolChoice Required { get; } = new("required", null);

    /// <summary>The model must call <paramref name="name"/>.</summary>
    public static ToolChoice Function(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new ToolChoice("function", name);
    }

    /// <summary>A mode given as a string (<c>auto</c>, <c>none</c>, <c>required</c>, or a future one).</summary>
    public static ToolChoice FromMode(string mode)
    {
        ArgumentException.ThrowIfNullOrEmpty(mode);
        return mode switch
        {
            "auto" => Auto,
            "none" => None,
            "required" => Required,
            _ => new ToolChoice(mode, null),
        };
    }

    /// <inheritdoc />
    public override string ToString() => FunctionName is null ? Mode : $"{Mode}:{FunctionName}";
}
