using System.Text.Json.Serialization;

namespace ToolKit.Tests.Tools;

/// <summary>Plain enum: member names become snake_case.</summary>
public enum Priority
{
    Low,
    Normal,
    VeryHigh,
}

/// <summary>[JsonStringEnumMemberName] overrides the snake_case name.</summary>
public enum Shade
{
    [JsonStringEnumMemberName("light-grey")]
    LightGrey,

    [JsonStringEnumMemberName("NAVY")]
    DarkBlue,

    BrickRed,
}

/// <summary>A [Flags] enum is an array of member names.</summary>
[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
}

/// <summary>Echo tools for the enum and [Flags] enum rows of the type table.</summary>
public sealed partial class EnumTools
{
    [Tool]
    public Priority EchoPriority(Priority value) => value;

    [Tool]
    public Shade EchoShade(Shade value) => value;

    [Tool]
    public Permissions EchoPermissions(Permissions value) => value;

    [Tool]
    public List<Priority> EchoPriorities(List<Priority> value) => value;

    [Tool]
    public string EnumDefaults(Priority priority = Priority.VeryHigh, Shade shade = Shade.LightGrey, Permissions permissions = Permissions.Read | Permissions.Write)
        => $"{priority}|{shade}|{permissions}";
}
