namespace ToolKit.Tests.Tools;

public interface IGreeter
{
    string Greet(string name);
}

public sealed class Greeter(string greeting) : IGreeter
{
    public string Greet(string name) => $"{greeting}, {name}!";
}

/// <summary>Parameters bound by type, which never appear in the schema.</summary>
public sealed partial class BoundParameterTools
{
    [Tool]
    public string WhoAmI(ToolContext context) => $"{context.CallId}|{context.ToolName}|{context.RunId}|{context.IdempotencyKey}";

    [Tool]
    public bool TokenIsLive(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled;

    [Tool]
    public async Task<string> Slow(string label, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return label;
    }

    [Tool]
    public string Greet(string name, [FromServices] IGreeter greeter) => greeter.Greet(name);

    [Tool]
    public string GreetIfPossible(string name, [FromServices] IGreeter? greeter = null) => greeter?.Greet(name) ?? $"(no greeter) {name}";

    [Tool]
    public string GreetThroughProvider(string name, IServiceProvider services) =>
        services.GetService(typeof(IGreeter)) is IGreeter greeter ? greeter.Greet(name) : "no greeter registered";

    [Tool]
    public string Everything(ToolContext context, string name, CancellationToken cancellationToken, [FromServices] IGreeter greeter, IServiceProvider services, int times = 1) =>
        $"{context.CallId}|{string.Join(" ", Enumerable.Repeat(greeter.Greet(name), times))}|{cancellationToken.CanBeCanceled}|{services is not null}";
}
