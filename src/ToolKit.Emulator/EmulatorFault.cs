using System.Globalization;

namespace ToolKit.Emulator;

/// <summary>
/// A parsed fault spec such as <c>503;times=2</c> or <c>slow-first-token;delay=500</c>: a name, then
/// <c>;key=value</c> parameters. The same syntax is used by the <c>X-Emulator-Fault</c> header, by
/// <c>emulator/&lt;name&gt;</c> model ids (<c>emulator/fail-429</c>) and by the library API.
/// </summary>
public sealed record EmulatorFault
{
    /// <summary>The request header that carries a fault spec.</summary>
    public const string HeaderName = "X-Emulator-Fault";

    /// <summary>The spec as written.</summary>
    public required string Spec { get; init; }

    /// <summary>What the fault does.</summary>
    public required EmulatorFaultKind Kind { get; init; }

    /// <summary>The HTTP status for error kinds; 200 for the others.</summary>
    public int Status { get; init; } = 200;

    /// <summary>How many times it fires before the model recovers (<c>times=N</c>); null fires every time.</summary>
    public int? Times { get; init; }

    /// <summary>The delay for <c>slow-first-token</c> and <c>stall</c> (<c>delay=MS</c>); null uses the option default.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>The Retry-After seconds of a 429 (<c>retry-after=S</c>). Default 1.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>How many stream data events go out before a stream fault strikes (<c>after=N</c>). Default 1.</summary>
    public int After { get; init; } = 1;

    /// <summary>The error code of <c>stream-error</c> and <c>choice-error</c> (<c>code=…</c>): a number, or text sent as a string.</summary>
    public string? Code { get; init; }

    /// <summary>The tool name of <c>unknown-tool</c> (<c>name=…</c>). Default <c>unknown_tool</c>.</summary>
    public string? ToolName { get; init; }

    /// <summary>Overrides the error message (<c>message=…</c>).</summary>
    public string? Message { get; init; }

    /// <summary>True for the kinds answered with an HTTP error status instead of a 200.</summary>
    public bool IsHttpError => Kind is EmulatorFaultKind.HttpError or EmulatorFaultKind.ToolsUnsupported
        or EmulatorFaultKind.ContextTooLong or EmulatorFaultKind.Moderation;

    /// <summary>
    /// True when OpenRouter would try the next model of <c>models</c> after this error: rate limits, timeouts,
    /// provider errors, tools unsupported, context length and moderation. Request errors (other 4xx) are final.
    /// </summary>
    public bool IsFallbackEligible => IsHttpError && (Kind != EmulatorFaultKind.HttpError
        || Status is 408 or 429 || Status >= 500);

    /// <summary>Parses a spec; throws <see cref="FormatException"/> with the reason when it is not valid.</summary>
    public static EmulatorFault Parse(string spec) =>
        TryParse(spec, out var fault, out var error) ? fault : throw new FormatException(error);

    /// <summary>Parses a spec; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string spec, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EmulatorFault? fault, out string error)
    {
        fault = null;
        error = "";
        var parts = (spec ?? "").Split(';', StringSplitOptions.TrimEntries);
        var name = parts[0].ToLowerInvariant();
        if (name.StartsWith("fail-", StringComparison.Ordinal))
        {
            name = name["fail-".Length..];
        }

        if (!TryKind(name, out var kind, out var status))
        {
            error = $"Unknown emulator fault '{parts[0]}'. See docs/emulator.md for the fault names.";
            return false;
        }

        var result = new EmulatorFault { Spec = spec!, Kind = kind, Status = status };
        foreach (var part in parts.Skip(1))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = (eq < 0 ? part : part[..eq]).Trim().ToLowerInvariant();
            var value = eq < 0 ? "" : part[(eq + 1)..].Trim();
            switch (key)
            {
                case "times" when int.TryParse(value, CultureInfo.InvariantCulture, out var times) && times >= 0:
                    result = result with { Times = times };
                    break;
                case "delay" when int.TryParse(value, CultureInfo.InvariantCulture, out var ms) && ms >= 0:
                    result = result with { Delay = TimeSpan.FromMilliseconds(ms) };
                    break;
                case "retry-after" when int.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    result = result with { RetryAfterSeconds = seconds };
                    break;
                case "after" when int.TryParse(value, CultureInfo.InvariantCulture, out var after) && after >= 0:
                    result = result with { After = after };
                    break;
                case "code" when value.Length > 0:
                    result = result with { Code = value };
                    break;
                case "name" when value.Length > 0:
                    result = result with { ToolName = value };
                    break;
                case "message" when value.Length > 0:
                    result = result with { Message = value };
                    break;
                default:
                    error = $"Invalid emulator fault parameter '{part}' in '{spec}'.";
                    return false;
            }
        }

        fault = result;
        return true;
    }

    private static bool TryKind(string name, out EmulatorFaultKind kind, out int status)
    {
        status = 200;
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599)
        {
            (kind, status) = code switch
            {
                404 => (EmulatorFaultKind.ToolsUnsupported, 404),
                403 => (EmulatorFaultKind.Moderation, 403),
                _ => (EmulatorFaultKind.HttpError, code),
            };
            return true;
        }

        (kind, status) = name switch
        {
            "rate-limit" => (EmulatorFaultKind.HttpError, 429),
            "tools-unsupported" => (EmulatorFaultKind.ToolsUnsupported, 404),
            "context-too-long" => (EmulatorFaultKind.ContextTooLong, 400),
            "moderation" => (EmulatorFaultKind.Moderation, 403),
            "choice-error" => (EmulatorFaultKind.ChoiceError, 200),
            "content-filter" => (EmulatorFaultKind.ContentFilter, 200),
            "empty-choices" => (EmulatorFaultKind.EmptyChoices, 200),
            "bad-args" => (EmulatorFaultKind.MalformedArguments, 200),
            "empty-args" => (EmulatorFaultKind.EmptyArguments, 200),
            "unknown-tool" => (EmulatorFaultKind.UnknownTool, 200),
            "tools-stop" => (EmulatorFaultKind.ToolCallsFinishStop, 200),
            "tools-null" => (EmulatorFaultKind.ToolCallsFinishNull, 200),
            "stream-error" => (EmulatorFaultKind.StreamError, 200),
            "truncated" => (EmulatorFaultKind.Truncated, 200),
            "reset" => (EmulatorFaultKind.ConnectionReset, 200),
            "slow-first-token" => (EmulatorFaultKind.SlowFirstToken, 200),
            "stall" => (EmulatorFaultKind.Stall, 200),
            _ => ((EmulatorFaultKind)(-1), 0),
        };
        return status != 0;
    }
}
