using System.Text;
using ToolKit.Chat;

namespace ToolKit;

/// <summary>Typed final outputs: the answer must be JSON matching a generated schema, bound by generated code.</summary>
public static class AgentTypedRuns
{
    /// <summary>
    /// Runs the agent and binds its final answer to <typeparamref name="T"/>. The provider gets
    /// <typeparamref name="T"/>'s schema as <c>response_format</c>; an answer that does not bind gets one repair turn
    /// that tells the model exactly what was wrong.
    /// </summary>
    /// <exception cref="AgentRunException">The answer still did not bind after the repair turn (<see cref="FailureKind.InvalidResponse"/>).</exception>
    public static Task<AgentRun<T>> RunAsync<T>(this Agent agent, string prompt, CancellationToken cancellationToken = default)
        where T : IStructuredOutput<T> =>
        agent.RunAsync<T>([ChatMessage.User(prompt)], cancellationToken);

    /// <inheritdoc cref="RunAsync{T}(Agent, string, CancellationToken)"/>
    public static async Task<AgentRun<T>> RunAsync<T>(this Agent agent, IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default)
        where T : IStructuredOutput<T>
    {
        ArgumentNullException.ThrowIfNull(agent);
        var format = new ChatResponseFormat(T.OutputName, T.OutputSchema, T.OutputStrict);
        AgentRun run = await agent.ExecuteNewAsync(messages, format, cancellationToken).ConfigureAwait(false);
        for (int repair = 0; ; repair++)
        {
            if (run.Status != AgentRunStatus.Completed)
            {
                return new AgentRun<T>(run.State, run.Output, default);
            }

            if (T.TryParseOutput(StripCodeFence(run.Output), out T value, out IReadOnlyList<ArgumentError> errors))
            {
                return new AgentRun<T>(run.State, run.Output, value);
            }

            if (repair == 1)
            {
                throw new AgentRunException(
                    $"The final answer did not match the {T.OutputName} schema after a repair turn: {string.Join("; ", errors)}",
                    FailureKind.InvalidResponse, run.State);
            }

            var feedback = new StringBuilder("Your answer does not match the required JSON schema:");
            foreach (ArgumentError error in errors)
            {
                feedback.Append('\n').Append(error);
            }

            feedback.Append("\nReply again with only the corrected JSON object.");
            run.State.Messages.Add(ChatMessage.User(feedback.ToString()));
            run.State.Status = null;
            run = await agent.ContinueAsync(run.State, format, cancellationToken).ConfigureAwait(false);
        }
    }

    // Some models wrap JSON in a Markdown code fence even when asked for JSON only.
    internal static string? StripCodeFence(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return text;
        }

        int firstLineEnd = trimmed.IndexOf('\n');
        return firstLineEnd < 0 ? text : trimmed[(firstLineEnd + 1)..^3].Trim();
    }
}
