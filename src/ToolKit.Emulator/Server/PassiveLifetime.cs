using Microsoft.Extensions.Hosting;

namespace ToolKit.Emulator.Server;

/// <summary>
/// A host lifetime that listens to no signals: an emulator inside a test process must not react to Ctrl+C or
/// SIGTERM (the default console lifetime would), and the command-line host handles them itself.
/// </summary>
internal sealed class PassiveLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
