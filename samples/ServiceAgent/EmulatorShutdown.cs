using ToolKit.Emulator;

namespace ServiceAgent;

/// <summary>Stops the embedded emulator with the app.</summary>
internal sealed class EmulatorShutdown(OpenRouterEmulator emulator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await emulator.DisposeAsync();
}
