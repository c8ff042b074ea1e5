using ToolKit.Emulator.Behaviour;
using ToolKit.Emulator.Chat;

namespace ToolKit.Emulator.Faults;

/// <summary>Bends a normal answer into the malformed ones a client must survive (tool-call and finish-reason faults).</summary>
internal static class FaultShaper
{
    public static ModelTurn Apply(ModelTurn turn, EmulatorFault? fault, ChatRequestModel request, Func<string> newCallId)
    {
        switch (fault?.Kind)
        {
            case EmulatorFaultKind.ContentFilter:
                return new ModelTurn { Content = "", FinishReason = "content_filter" };
            case EmulatorFaultKind.ChoiceError or EmulatorFaultKind.EmptyChoices:
                return new ModelTurn { Content = "", FinishReason = "error" };
            case EmulatorFaultKind.MalformedArguments:
                return WithFirstCall(turn, request, newCallId, c => c with { Arguments = Cut(c.Arguments) });
            case EmulatorFaultKind.EmptyArguments:
                return WithFirstCall(turn, request, newCallId, c => c with { Arguments = "" });
            case EmulatorFaultKind.UnknownTool:
                var name = fault.ToolName ?? "unknown_tool";
                while (request.Tools.Any(t => t.Name == name))
                {
                    name += "_x";
                }

                return WithFirstCall(turn, request, newCallId, c => c with { Name = name });
            case EmulatorFaultKind.ToolCallsFinishStop:
                return WithFirstCall(turn, request, newCallId, c => c) with { FinishReason = "stop" };
            case EmulatorFaultKind.ToolCallsFinishNull:
                return WithFirstCall(turn, request, newCallId, c => c) with { FinishReason = null };
            default:
                return turn;
        }
    }

    /// <summary>Ensures the turn has a tool call (the first offered tool if the model made none) and changes the first.</summary>
    private static ModelTurn WithFirstCall(ModelTurn turn, ChatRequestModel request, Func<string> newCallId, Func<ToolCallModel, ToolCallModel> change)
    {
        var calls = turn.ToolCalls.ToList();
        if (calls.Count == 0)
        {
            var message = request.Messages.LastOrDefault(m => m.Role == "user")?.Text ?? "";
            calls.Add(request.Tools.Count > 0
                ? new ToolCallModel(newCallId(), request.Tools[0].Name, DefaultModel.Arguments(request.Tools[0], message))
                : new ToolCallModel(newCallId(), "unknown_tool", "{}"));
        }

        calls[0] = change(calls[0]);
        return turn with { ToolCalls = calls, Content = "", FinishReason = ModelTurn.DerivedFinish };
    }

    /// <summary>Cuts JSON so it cannot parse: half of it, and never a complete value.</summary>
    private static string Cut(string arguments) => arguments.Length < 2 ? "{" : arguments[..(arguments.Length / 2)];
}
