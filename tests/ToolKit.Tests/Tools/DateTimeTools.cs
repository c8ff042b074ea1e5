namespace ToolKit.Tests.Tools;

/// <summary>Echo tools for the date and time rows of the type table.</summary>
public sealed partial class DateTimeTools
{
    [Tool]
    public DateTime EchoDateTime(DateTime value) => value;

    [Tool]
    public DateTimeOffset EchoDateTimeOffset(DateTimeOffset value) => value;

    [Tool]
    public DateOnly EchoDateOnly(DateOnly value) => value;

    [Tool]
    public TimeOnly EchoTimeOnly(TimeOnly value) => value;

    [Tool]
    public TimeSpan EchoTimeSpan(TimeSpan value) => value;

    /// <summary>Shows the kind a bound DateTime has, which the JSON result cannot.</summary>
    [Tool]
    public string DateTimeKind(DateTime value) => value.Kind.ToString();
}
