namespace ToolKit.Emulator;

/// <summary>What an <see cref="EmulatorFault"/> does to a response. docs/emulator.md lists the spec names.</summary>
public enum EmulatorFaultKind
{
    /// <summary>An HTTP error status with an OpenRouter error body (<c>429</c>, <c>503</c>, <c>401</c>, …).</summary>
    HttpError,

    /// <summary>404 "No endpoints found that support tool use" (<c>tools-unsupported</c>, <c>404</c>).</summary>
    ToolsUnsupported,

    /// <summary>400 with the context-length message (<c>context-too-long</c>).</summary>
    ContextTooLong,

    /// <summary>403 moderation with <c>metadata.reasons</c> (<c>moderation</c>, <c>403</c>).</summary>
    Moderation,

    /// <summary>HTTP 200 with <c>choices[0].error</c> and finish_reason "error" (<c>choice-error</c>).</summary>
    ChoiceError,

    /// <summary>HTTP 200, no content, finish_reason "content_filter" (<c>content-filter</c>).</summary>
    ContentFilter,

    /// <summary>HTTP 200 with <c>choices: []</c> (<c>empty-choices</c>).</summary>
    EmptyChoices,

    /// <summary>A tool call whose arguments are cut-off JSON (<c>bad-args</c>).</summary>
    MalformedArguments,

    /// <summary>A tool call with <c>arguments: ""</c> (<c>empty-args</c>).</summary>
    EmptyArguments,

    /// <summary>A tool call naming a tool the request did not offer (<c>unknown-tool</c>).</summary>
    UnknownTool,

    /// <summary>Tool calls with finish_reason "stop" (<c>tools-stop</c>).</summary>
    ToolCallsFinishStop,

    /// <summary>Tool calls with finish_reason null (<c>tools-null</c>).</summary>
    ToolCallsFinishNull,

    /// <summary>A mid-stream error event with finish_reason "error" and no <c>[DONE]</c> (<c>stream-error</c>).</summary>
    StreamError,

    /// <summary>The body stops early but cleanly: no finish_reason, usage or <c>[DONE]</c> (<c>truncated</c>).</summary>
    Truncated,

    /// <summary>The connection is aborted (<c>reset</c>).</summary>
    ConnectionReset,

    /// <summary>The first token comes late, with keep-alive comments meanwhile (<c>slow-first-token</c>).</summary>
    SlowFirstToken,

    /// <summary>The stream goes silent mid-way, with no keep-alive comments, then resumes (<c>stall</c>).</summary>
    Stall,
}
