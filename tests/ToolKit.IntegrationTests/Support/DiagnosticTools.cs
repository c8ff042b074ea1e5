namespace ToolKit.IntegrationTests.Support;

/// <summary>One tool per outcome the agent logs: success, failure and timeout.</summary>
public sealed partial class DiagnosticTools
{
    /// <summary>Looks up a value by key.</summary>
    /// <param name="key">The key.</param>
    [Tool]
    public string Lookup(string key) => $"value of {key}";

    /// <summary>Always fails.</summary>
    /// <param name="reason">Why it fails.</param>
    [Tool]
    public string Explode(string reason) => throw new InvalidOperationException(reason);

    /// <summary>Waits until it is cancelled (the agent's tool timeout does that), at most 30 seconds.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    [Tool]
    public async Task<string> WaitForSignal(CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        return "signalled";
    }
}
