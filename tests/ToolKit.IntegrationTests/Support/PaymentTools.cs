using System.Collections.Concurrent;

namespace ToolKit.IntegrationTests.Support;

/// <summary>A tool whose effect must never happen twice: it counts its runs and the idempotency keys it saw.</summary>
public sealed partial class PaymentTools
{
    private int _charges;

    /// <summary>How many times <c>charge_card</c> ran.</summary>
    public int Charges => Volatile.Read(ref _charges);

    /// <summary>The idempotency key of every run.</summary>
    public ConcurrentQueue<string> IdempotencyKeys { get; } = new();

    /// <summary>Awaited inside the tool after the charge is counted: tests crash the run here.</summary>
    public Func<ToolContext, CancellationToken, Task>? WhileCharging { get; set; }

    /// <summary>Runs inside the tool after the charge, before it returns: tests break the model for the next turn here.</summary>
    public Action? AfterCharge { get; set; }

    /// <summary>Charges the customer's card.</summary>
    /// <param name="amount">The amount in dollars.</param>
    /// <param name="context">The call context.</param>
    /// <param name="cancellationToken">Cancels the charge.</param>
    [Tool]
    public async Task<string> ChargeCard(decimal amount, ToolContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _charges);
        IdempotencyKeys.Enqueue(context.IdempotencyKey);
        if (WhileCharging is { } hook)
        {
            await hook(context, cancellationToken);
        }

        AfterCharge?.Invoke();
        return $"Charged {amount} dollars";
    }
}
