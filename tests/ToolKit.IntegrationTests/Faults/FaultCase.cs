using ToolKit.Chat;
using ToolKit.Emulator;

namespace ToolKit.IntegrationTests.Faults;

/// <summary>
/// One row of the fault matrix: an emulator fault spec and the <see cref="FailureKind"/> the client must report for
/// it in each mode (they differ where the wire differs, e.g. a truncated stream versus a truncated JSON body).
/// </summary>
public sealed record FaultCase(string Spec, FailureKind Streaming, FailureKind NonStreaming)
{
    /// <summary>The agent's request timeout for the row: short for the slow and stalled responses, so they time out.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times the fault fires (<c>times=N</c>), or null for every time.</summary>
    public int? Times => EmulatorFault.Parse(Spec).Times;

    public FailureKind KindIn(RunMode mode) => mode == RunMode.Streaming ? Streaming : NonStreaming;

    public override string ToString() => Spec;
}
