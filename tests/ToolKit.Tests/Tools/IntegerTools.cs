namespace ToolKit.Tests.Tools;

/// <summary>Echo tools for every integer row of the type table: each accepts exactly the range of its type.</summary>
public sealed partial class IntegerTools
{
    [Tool]
    public sbyte EchoSbyte(sbyte value) => value;

    [Tool]
    public byte EchoByte(byte value) => value;

    [Tool]
    public short EchoShort(short value) => value;

    [Tool]
    public ushort EchoUshort(ushort value) => value;

    [Tool]
    public int EchoInt(int value) => value;

    [Tool]
    public uint EchoUint(uint value) => value;

    [Tool]
    public long EchoLong(long value) => value;

    [Tool]
    public ulong EchoUlong(ulong value) => value;

    [Tool]
    public nint EchoNint(nint value) => value;

    [Tool]
    public nuint EchoNuint(nuint value) => value;

    [Tool]
    public long IntegerDefaults(sbyte small = -5, ushort medium = 600, long large = 9_000_000_000, ulong huge = 18_000_000_000_000_000_000)
        => small + medium + large + (long)(huge / 1_000_000_000_000);
}
