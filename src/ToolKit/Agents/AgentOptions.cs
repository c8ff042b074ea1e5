using Microsoft.Extensions.Logging;
using ToolKit.Chat;

namespace ToolKit;

/// <summary>How an <see cref="Agent"/> runs: models, instructions, tools, limits and failure handling.</summary>
public sealed class AgentOptions
{
    /// <summary>The fallback chain: model ids tried in order when one fails.</summary>
    public IList<string> Models { get; set; } = [];

    /// <summary>The system prompt.</summary>
    public string? Instructions { get; set; }

    /// <summary>The tools the model may call. Names must be unique across the sets.</summary>
    public IList<IToolSet> Tools { get; set; } = [];

    /// <summary>Budgets for each run.</summary>
    public RunLimits Limits { get; set; } = new();

    /// <summary>Retries, request timeouts and cooldowns.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>Sampling temperature.</summary>
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling.</summary>
    public double? TopP { get; set; }

    /// <summary>The most tokens per model answer.</summary>
    public int? MaxTokens { get; set; }

    /// <summary>A seed for repeatable sampling.</summary>
    public int? Seed { get; set; }

    /// <summary>Whether the model may call several tools per turn. Null leaves the provider's default.</summary>
    public bool? ParallelToolCalls { get; set; }

    /// <summary>
    /// Provider-specific request options passed through to the model client, for example OpenRouter's routing,
    /// server-side <c>models</c>, <c>max_price</c>, plugins and transforms (<c>OpenRouterRequestOptions</c>).
    /// </summary>
    public IList<object> RequestExtensions { get; set; } = [];

    /// <summary>
    /// Overrides of the failure policy table (<see cref="FailurePolicy.DefaultAction"/>), per kind. For example,
    /// <c>[FailureKind.ContentFiltered] = FailureAction.Fail</c> stops a run whose answer the provider filtered
    /// instead of asking the next model. Empty by default.
    /// </summary>
    public IDictionary<FailureKind, FailureAction> FailureActions { get; set; } = new Dictionary<FailureKind, FailureAction>();

    /// <summary>How many tool calls run at once. Default 4.</summary>
    public int MaxToolConcurrency { get; set; } = 4;

    /// <summary>The timeout of a tool without its own <see cref="ToolDefinition.Timeout"/>. Default 60 s.</summary>
    public TimeSpan ToolTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Consecutive turns in which every tool call was invalid (unknown tool or bad arguments) before the agent
    /// moves to the next model: a quality fallback. Default 3.
    /// </summary>
    public int MaxConsecutiveInvalidToolTurns { get; set; } = 3;

    /// <summary>Whether tool exceptions' type and message reach the model. Default true.</summary>
    public bool IncludeExceptionDetails { get; set; } = true;

    /// <summary>Services for tools (<see cref="ToolContext.Services"/>).</summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>Saves the run state after every committed step. Default: none.</summary>
    public IRunCheckpointStore? CheckpointStore { get; set; }

    /// <summary>
    /// Answers approval requests in-process. When null, a run with calls that need approval pauses and returns
    /// <see cref="AgentRunStatus.AwaitingApproval"/>.
    /// </summary>
    public Func<PendingApproval, CancellationToken, ValueTask<ApprovalDecision>>? ApprovalHandler { get; set; }

    /// <summary>A model catalog for the pre-flight capability filter; null skips the filter.</summary>
    public IModelCatalog? ModelCatalog { get; set; }

    /// <summary>
    /// Whether message content (prompts, answers, tool arguments and results) goes into telemetry: as
    /// <c>gen_ai.*.message</c> and <c>gen_ai.choice</c> events on the <c>chat</c> spans, as
    /// <c>gen_ai.tool.call.arguments</c> and <c>gen_ai.tool.call.result</c> on the <c>execute_tool</c> spans, and as
    /// the content log events of <see cref="Logger"/>. Off by default: content may hold personal data or secrets.
    /// </summary>
    public bool RecordContentInTelemetry { get; set; }

    /// <summary>
    /// Receives the agent's log events: run start and finish, failed attempts, fallbacks, retry waits, tool calls,
    /// approvals and limits. Never message content unless <see cref="RecordContentInTelemetry"/> is set. Default:
    /// none (<c>NullLogger</c>).
    /// </summary>
    public ILogger? Logger { get; set; }

    /// <summary>The clock, for tests. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where model cooldowns are kept. Default: shared by every agent in the process.</summary>
    public ModelCooldowns Cooldowns { get; set; } = ModelCooldowns.Shared;
}
