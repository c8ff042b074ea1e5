using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
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
            context.AddError($"expected a string matching the pattern {regex}, got {ArgumentReader.Quote(value)}");
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
            context.AddError($"expected an e-mail address, got {ArgumentReader.Quote(value)}");
        }

        return valid;
    }

    /// <summary>Checks an absolute URI.</summary>
    public static bool IsUri(ref BindContext context, string value)
    {
        bool valid = TryCreateAbsoluteUri(value, out _);
        if (!valid)
        {
            context.AddError($"expected an absolute URI, got {ArgumentReader.Quote(value)}");
        }

        return valid;
    }

    /// <summary>
    /// Parses an absolute URI, which must start with a scheme (RFC 3986, the JSON Schema <c>uri</c> format). On Unix
    /// <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/> also takes a rooted path such as <c>/etc/passwd</c> as
    /// an absolute <c>file:</c> URI; that is not an absolute URI in the schema's sense.
    /// </summary>
    internal static bool TryCreateAbsoluteUri(string? text, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        int colon = text is null ? -1 : text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Uri.CheckSchemeName(text![..colon]) && Uri.TryCreate(text, UriKind.Absolute, out uri);
    }
}
