using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ToolKit.Internal;

/// <summary>Format and pattern checks that generated binders run after a string has been read.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArgumentChecks
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A compiled-once regex for a <c>[RegularExpression]</c> pattern, with a match timeout.</summary>
    public static Regex CreatePattern(string pattern) => new(pattern, RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>Checks <paramref name="value"/> against a pattern (a search, as JSON Schema's <c>pattern</c> is).</summary>
    public static bool Matches(ref BindContext context, string value, Regex regex)
    {
        bool matched;
        try
        {
            matched = regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            matched = false;
        }

        if (!matched)
        {
            context.AddError($"expected a string matching the pattern {regex}, got {Quote(value)}");
        }

        return matched;
    }

    /// <summary>Checks an e-mail address the way <c>[EmailAddress]</c> does: one <c>@</c>, not first or last.</summary>
    public static bool IsEmail(ref BindContext context, string value)
    {
        int at = value.IndexOf('@');
        bool valid = at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Contains('\n') && !value.Contains('\r');
        if (!valid)
        {
            context.AddError($"expected an e-mail address, got {Quote(value)}");
        }

        return valid;
    }

    /// <summary>Checks an absolute URI.</summary>
    public static bool IsUri(ref BindContext context, string value)
    {
        bool valid = Uri.TryCreate(value, UriKind.Absolute, out _);
        if (!valid)
        {
            context.AddError($"expected an absolute URI, got {Quote(value)}");
        }

        return valid;
    }

    private static string Quote(string value) => value.Length <= 60 ? $"\"{value}\"" : $"\"{value[..60]}...\"";
}
