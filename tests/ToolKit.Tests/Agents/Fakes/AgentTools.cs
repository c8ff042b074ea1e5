using System.Collections.Concurrent;

namespace ToolKit.Tests.Agents.Fakes;

/// <summary>Tools that count their runs, for the ledger, approval and budget tests.</summary>
public sealed partial class CountingTools
{
    private int _lookups;
    private int _emails;

    /// <summary>How many times <c>lookup</c> ran.</summary>
    public int Lookups => Volatile.Read(ref _lookups);

    /// <summary>How many times <c>send_email</c> ran.</summary>
    public int Emails => Volatile.Read(ref _emails);

    /// <summary>The idempotency keys the tools saw, in order.</summary>
    public ConcurrentQueue<string> IdempotencyKeys { get; } = new();

    /// <summary>Runs inside <c>lookup</c>, before it returns.</summary>
    public Action<ToolContext>? OnLookup { get; set; }

    /// <summary>Looks up a value by key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="context">The call context.</param>
    [Tool]
    public string Lookup(string key, ToolContext context)
    {
        Interlocked.Increment(ref _lookups);
        IdempotencyKeys.Enqueue(context.IdempotencyKey);
        OnLookup?.Invoke(context);
        return $"value of {key}";
    }

    /// <summary>Sends an e-mail.</summary>
    /// <param name="to">The recipient.</param>
    [Tool(RequiresApproval = true)]
    public string SendEmail(string to)
    {
        Interlocked.Increment(ref _emails);
        return $"sent to {to}";
    }

    /// <summary>Always fails.</summary>
    /// <param name="reason">Why.</param>
    [Tool]
    public string Explode(string reason) => throw new InvalidOperationException(reason);
}

/// <summary>A sequential tool that logs when each call starts and ends.</summary>
public sealed partial class OrderTools
{
    private int _active;
    private int _maxActive;

    /// <summary>"start x" and "end x" entries, in the order they happened.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>The most calls that ran at the same time.</summary>
    public int MaxActive => Volatile.Read(ref _maxActive);

    /// <summary>When set, the first call holds until it completes.</summary>
    public TaskCompletionSource? HoldFirst { get; init; }

    /// <summary>Completes when the first call has started.</summary>
    public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Appends an item to a list; order matters.</summary>
    /// <param name="item">The item.</param>
    [Tool(Sequential = true)]
    public async Task<string> Append(string item)
    {
        int active = Interlocked.Increment(ref _active);
        InterlockedMax(ref _maxActive, active);
        Log.Enqueue("start " + item);
        if (FirstStarted.TrySetResult() && HoldFirst is not null)
        {
            await HoldFirst.Task;
        }

        // Yielding hands the thread back: a caller that ran these calls in parallel would start the next one now.
        await Task.Yield();
        Log.Enqueue("end " + item);
        Interlocked.Decrement(ref _active);
        return "appended " + item;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

/// <summary>A tool whose calls can only finish together: proof that calls run in parallel.</summary>
/// <param name="parties">How many calls must arrive before any returns.</param>
public sealed partial class RendezvousTools(int parties)
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    /// <summary>Waits until every party has arrived.</summary>
    /// <param name="name">Who arrives.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    [Tool]
    public async Task<string> Meet(string name, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) == parties)
        {
            _allArrived.TrySetResult();
        }

        await _allArrived.Task.WaitAsync(cancellationToken);
        return "met " + name;
    }
}

/// <summary>A tool that never finishes on its own.</summary>
public sealed partial class HangingTools
{
    private int _runs;

    /// <summary>Completes when a call has started.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many times a tool of this set started.</summary>
    public int Runs => Volatile.Read(ref _runs);

    /// <summary>The run id the last call saw.</summary>
    public string? RunId { get; private set; }

    /// <summary>Waits until cancelled.</summary>
    /// <param name="label">A label.</param>
    /// <param name="context">The call context.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    [Tool]
    public async Task<string> WaitForever(string label, ToolContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        RunId = context.RunId;
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "unreachable " + label;
    }

    /// <summary>Waits until cancelled, with its own 5 s timeout.</summary>
    /// <param name="label">A label.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    [Tool(TimeoutSeconds = 5)]
    public async Task<string> WaitBriefly(string label, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "unreachable " + label;
    }
}
