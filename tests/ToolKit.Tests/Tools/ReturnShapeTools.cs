namespace ToolKit.Tests.Tools;

/// <summary>Every return shape: void, T, Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt;, string, ToolResult, and exceptions.</summary>
public sealed partial class ReturnShapeTools
{
    public int Calls { get; private set; }

    [Tool]
    public void ReturnVoid() => Calls++;

    [Tool]
    public Point ReturnValue() => new(1, 2);

    [Tool]
    public async Task ReturnTask()
    {
        await Task.Yield();
        Calls++;
    }

    [Tool]
    public async Task<Point> ReturnTaskOfT()
    {
        await Task.Yield();
        return new Point(3, 4);
    }

    [Tool]
    public ValueTask ReturnValueTask()
    {
        Calls++;
        return ValueTask.CompletedTask;
    }

    [Tool]
    public async ValueTask<int> ReturnValueTaskOfT()
    {
        await Task.Yield();
        return 42;
    }

    [Tool]
    public string ReturnText() => "plain {text}, not \"JSON\"";

    [Tool]
    public async Task<string> ReturnTextLater()
    {
        await Task.Yield();
        return "[1, 2]";
    }

    [Tool]
    public string? ReturnNullText() => null;

    [Tool]
    public Point? ReturnNullObject() => null;

    [Tool]
    public ToolResult ReturnToolResult(bool fail) =>
        fail ? ToolResult.Error(ToolErrorKind.Denied, "Not today.") : ToolResult.Json("""{"direct":true}""");

    [Tool]
    public async ValueTask<ToolResult> ReturnToolResultLater()
    {
        await Task.Yield();
        return ToolResult.Text("direct text");
    }

    [Tool]
    public ToolResult? ReturnNullToolResult() => null;

    [Tool]
    public int Throw(string message) => throw new InvalidOperationException(message);

    [Tool]
    public async Task ThrowLater()
    {
        await Task.Yield();
        throw new ArgumentException("Bad thing happened.");
    }

    [Tool]
    public void ThrowCanceled() => throw new OperationCanceledException("Gave up on my own.");

    [Tool]
    public static int StaticTwice(int value) => value * 2;
}
