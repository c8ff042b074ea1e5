namespace ToolKit.Docs.Tests.Snippets.AgentDoc;

/// <summary>docs/agent.md's idempotency-key tool, in a class of its own.</summary>
public sealed partial class PaymentTools(IPayments payments)
{
    private readonly IPayments _payments = payments;

    /// <summary>Charges the customer's card.</summary>
    /// <param name="amount">The amount in USD.</param>
    [Tool(RequiresApproval = true)]
    public async Task<string> ChargeCard(decimal amount, ToolContext context, CancellationToken ct) =>
        await _payments.ChargeAsync(amount, idempotencyKey: context.IdempotencyKey, ct);
}

/// <summary>A payment API that accepts idempotency keys.</summary>
public interface IPayments
{
    Task<string> ChargeAsync(decimal amount, string idempotencyKey, CancellationToken cancellationToken);
}
