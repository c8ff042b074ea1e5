using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ServiceAgent;

/// <summary><c>POST /ask</c>: runs the agent on the question and streams its events as Server-Sent Events.</summary>
public static class AskEndpoint
{
    /// <summary>Validates the question, then streams; the run is cancelled when the client goes away.</summary>
    public static Results<ServerSentEventsResult<string>, ValidationProblem> HandleAsync(AskRequest request, Agent agent, HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["question"] = ["A question is required."] });
        }

        // The agent is a singleton; its tools get this request's scoped services for the run.
        return TypedResults.ServerSentEvents(StreamAsync(agent.WithServices(http.RequestServices), request.Question, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(Agent agent, string question, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The response has started by the time a run fails, so the failure is the stream's last event, not a status.
        await using IAsyncEnumerator<AgentEvent> events = agent.RunStreamingAsync(question, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            SseItem<string> item;
            bool last = false;
            try
            {
                if (!await events.MoveNextAsync())
                {
                    yield break;
                }

                item = SseEvents.From(events.Current);
            }
            catch (AgentRunException failure)
            {
                item = SseEvents.From(failure);
                last = true;
            }

            yield return item;
            if (last)
            {
                yield break;
            }
        }
    }
}
