using System;
using System.Text.RegularExpressions;

namespace ToolKit.Generators.Rules;

/// <summary>
/// Whether a <c>[RegularExpression]</c> pattern is portable to JSON Schema, whose <c>pattern</c> is an ECMA-262
/// regular expression: providers and validators run it with a JavaScript-style engine, not with .NET's.
/// </summary>
internal static class EcmaScriptPattern
{
    private static readonly TimeSpan ParseTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Null when the pattern is portable; otherwise why it is not.</summary>
    public static string? Check(string pattern)
    {
        // Name the construct first: .NET's own parse error for, say, a possessive quantifier is less helpful.
        string? construct = FindDotNetOnlyConstruct(pattern);
        if (construct is not null)
        {
            return construct;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, ParseTimeout);
        }
        catch (ArgumentException e)
        {
            return "it is not a valid regular expression (" + e.Message + ")";
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.ECMAScript, ParseTimeout);
        }
        catch (ArgumentException e)
        {
            return "it does not parse as an ECMAScript regular expression (" + e.Message + ")";
        }

        return null;
    }

    private static string? FindDotNetOnlyConstruct(string p)
    {
        bool inClass = false;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '\\')
            {
                if (i + 1 >= p.Length)
                {
                    return null; // a trailing backslash: the parse reports it
                }

                char next = p[i + 1];
                if ((next == 'p' || next == 'P') && At(p, i + 2, "{"))
                {
                    return $"'\\{next}{{...}}' Unicode categories are .NET-only here (ECMAScript needs the 'u' flag, which JSON Schema does not set)";
                }

                if (!inClass && next is 'A' or 'Z' or 'z' or 'G')
                {
                    return $"the anchor '\\{next}' is .NET-only; use '^' or '$'";
                }

                if (!inClass && next == 'k' && (At(p, i + 2, "<") || At(p, i + 2, "'")))
                {
                    return "named backreferences ('\\k<name>') are .NET-only; use a numbered backreference";
                }

                i++;
                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '-' && At(p, i + 1, "["))
                {
                    return "character class subtraction ('[a-z-[aeiou]]') is .NET-only";
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    if (At(p, i + 1, "]"))
                    {
                        i++; // "[]...]": a leading ']' is a literal in .NET
                    }

                    break;
                case '(' when At(p, i + 1, "?"):
                    string? group = Group(p, i + 2);
                    if (group is not null)
                    {
                        return group;
                    }

                    i++; // skip the '?' so it is not read as a quantifier
                    break;
                case '*':
                case '+':
                case '?':
                    if (At(p, i + 1, "+"))
                    {
                        return $"the possessive quantifier '{c}+' is not supported; JSON Schema patterns have no possessive quantifiers";
                    }

                    break;
                case '}':
                    if (At(p, i + 1, "+") && IsCountedQuantifierEnd(p, i))
                    {
                        return "the possessive quantifier '{n,m}+' is not supported; JSON Schema patterns have no possessive quantifiers";
                    }

                    break;
            }
        }

        return null;
    }

    // p[at] follows "(?".
    private static string? Group(string p, int at)
    {
        if (At(p, at, "<=") || At(p, at, "<!"))
        {
            return "lookbehind ('(?<=...)' and '(?<!...)') is .NET-only here; many JSON Schema engines (such as RE2 and older JavaScript) reject it";
        }

        if (At(p, at, "<") || At(p, at, "'"))
        {
            return "named groups ('(?<name>...)') are .NET-only here; use a plain group '(...)' or '(?:...)'";
        }

        if (At(p, at, ">"))
        {
            return "atomic groups ('(?>...)') are .NET-only";
        }

        if (At(p, at, "("))
        {
            return "conditional groups ('(?(...)...)') are .NET-only";
        }

        if (At(p, at, "#"))
        {
            return "inline comments ('(?#...)') are .NET-only";
        }

        int i = at;
        while (i < p.Length && "imnsx-".IndexOf(p[i]) >= 0)
        {
            i++;
        }

        if (i > at && i < p.Length && (p[i] == ')' || p[i] == ':'))
        {
            return "inline options ('(?i)', '(?m:...)') are .NET-only; JSON Schema patterns take no flags";
        }

        return null;
    }

    private static bool IsCountedQuantifierEnd(string p, int close)
    {
        int open = p.LastIndexOf('{', close);
        if (open < 0)
        {
            return false;
        }

        string inner = p.Substring(open + 1, close - open - 1);
        return inner.Length > 0 && char.IsDigit(inner[0]) && inner.TrimStart("0123456789".ToCharArray()).TrimStart(',').TrimStart("0123456789".ToCharArray()).Length == 0;
    }

    private static bool At(string p, int index, string text) =>
        index + text.Length <= p.Length && string.CompareOrdinal(p, index, text, 0, text.Length) == 0;
}
