namespace ToolKit.Emulator.Tests.Support;

/// <summary>A clock that says what the test sets, for byte-exact <c>created</c> fields and generation visibility.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
