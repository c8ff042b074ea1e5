using ToolKit.Chat;

namespace ToolKit;

/// <summary>A run failed: every model in the chain failed, or a failure that must not be retried happened.</summary>
public sealed class AgentRunException : Exception
{
    internal AgentRunException(string message, FailureKind kind, AgentRunState state, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        State = state;
    }

    /// <summary>The failure that ended the run.</summary>
    public FailureKind Kind { get; }

    /// <summary>The transcript up to the failure: nothing the model or the tools produced is lost.</summary>
    public IReadOnlyList<ChatMessage> Messages => State.Messages;

    /// <summary>Every attempt, with its failure.</summary>
    public IReadOnlyList<ModelAttempt> Attempts => State.Attempts;

    /// <summary>The run state, to inspect or to resume once the cause is fixed.</summary>
    public AgentRunState State { get; }
}
