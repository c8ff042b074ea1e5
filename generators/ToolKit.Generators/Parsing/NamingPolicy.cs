using System.Globalization;
using System.Text;

namespace ToolKit.Generators.Parsing;

/// <summary>snake_case names, with the same word breaks as <c>JsonNamingPolicy.SnakeCaseLower</c>.</summary>
internal static class NamingPolicy
{
    /// <summary>The default tool name: the method name without a trailing <c>Async</c>, in snake_case.</summary>
    public static string ToolName(string methodName)
    {
        if (methodName.Length > 5 && methodName.EndsWith("Async", System.StringComparison.Ordinal))
        {
            methodName = methodName.Substring(0, methodName.Length - 5);
        }

        return SnakeCase(methodName);
    }

    /// <summary><c>GetHTTPResponse2</c> becomes <c>get_http_response2</c>.</summary>
    public static string SnakeCase(string name)
    {
        // A leading '@' is C# verbatim-identifier syntax, not part of the name.
        if (name.Length > 0 && name[0] == '@')
        {
            name = name.Substring(1);
        }

        var result = new StringBuilder(name.Length + 8);
        var state = State.NotStarted;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                    switch (state)
                    {
                        case State.LowercaseLetterOrDigit:
                        case State.SpaceSeparator:
                            result.Append('_');
                            break;
                        case State.UppercaseLetter:
                            // Inside an acronym, an uppercase letter followed by a lowercase one starts a new word.
                            if (i + 1 < name.Length && char.IsLower(name[i + 1]))
                            {
                                result.Append('_');
                            }

                            break;
                    }

                    result.Append(char.ToLowerInvariant(c));
                    state = State.UppercaseLetter;
                    break;

                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    if (state == State.SpaceSeparator)
                    {
                        result.Append('_');
                    }

                    result.Append(c);
                    state = State.LowercaseLetterOrDigit;
                    break;

                case UnicodeCategory.SpaceSeparator:
                    if (state != State.NotStarted)
                    {
                        state = State.SpaceSeparator;
                    }

                    break;

                default:
                    result.Append(c);
                    state = State.NotStarted;
                    break;
            }
        }

        return result.ToString();
    }

    private enum State
    {
        NotStarted,
        UppercaseLetter,
        LowercaseLetterOrDigit,
        SpaceSeparator,
    }
}
