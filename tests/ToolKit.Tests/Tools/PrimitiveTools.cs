namespace ToolKit.Tests.Tools;

/// <summary>string, char and bool together, so that one result shows how each is written.</summary>
public sealed record Primitives(string Text, char Letter, bool Flag);

/// <summary>Echo tools for the <c>string</c>, <c>char</c> and <c>bool</c> rows of the type table.</summary>
public sealed partial class PrimitiveTools
{
    [Tool]
    public string EchoString(string value) => value;

    [Tool]
    public char EchoChar(char value) => value;

    [Tool]
    public bool EchoBool(bool value) => value;

    [Tool]
    public Primitives EchoPrimitives(string text, char letter, bool flag) => new(text, letter, flag);

    [Tool]
    public Primitives PrimitiveDefaults(string text = "hi", char letter = 'z', bool flag = true) => new(text, letter, flag);
}
