using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace ToolKit.Internal;

/// <summary>ISO 8601 durations (<c>P1DT2H30M</c>), the JSON Schema <c>duration</c> format, for <see cref="TimeSpan"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class IsoDuration
{
    /// <summary>Parses <c>[-]P[nW][nD][T[nH][nM][n[.f]S]]</c>. Years and months are refused: their length varies.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        ReadOnlySpan<char> s = text;
        bool negative = false;
        if (s[0] == '-')
        {
            negative = true;
            s = s[1..];
        }

        if (s.Length < 2 || s[0] != 'P')
        {
            return false;
        }

        s = s[1..];
        bool inTime = false;
        bool any = false;
        decimal totalSeconds = 0;
        int lastRank = -1;
        while (s.Length > 0)
        {
            if (s[0] == 'T')
            {
                if (inTime)
                {
                    return false;
                }

                inTime = true;
                s = s[1..];
                if (s.Length == 0)
                {
                    return false;
                }

                continue;
            }

            int end = 0;
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.'))
            {
                end++;
            }

            if (end == 0 || end == s.Length
                || !decimal.TryParse(s[..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
            {
                return false;
            }

            char unit = s[end];
            (int rank, decimal seconds) = (inTime, unit) switch
            {
                (false, 'W') => (0, 604800m),
                (false, 'D') => (1, 86400m),
                (true, 'H') => (2, 3600m),
                (true, 'M') => (3, 60m),
                (true, 'S') => (4, 1m),
                _ => (-1, 0m),
            };
            if (rank <= lastRank || (unit != 'S' && s[..end].Contains('.')))
            {
                return false;
            }

            lastRank = rank;
            totalSeconds += number * seconds;
            any = true;
            s = s[(end + 1)..];
        }

        if (!any || totalSeconds > (decimal)TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        long ticks = (long)(totalSeconds * TimeSpan.TicksPerSecond);
        value = TimeSpan.FromTicks(negative ? -ticks : ticks);
        return true;
    }

    /// <summary>Formats a duration as <c>[-]P[nD]T[nH][nM][n.fffffffS]</c>; zero is <c>PT0S</c>.</summary>
    public static string Format(TimeSpan value)
    {
        var text = new StringBuilder();
        if (value < TimeSpan.Zero)
        {
            text.Append('-');
            value = value == TimeSpan.MinValue ? TimeSpan.MaxValue : value.Negate();
        }

        text.Append('P');
        if (value.Days > 0)
        {
            text.Append(value.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        long subDayTicks = value.Ticks % TimeSpan.TicksPerDay;
        if (subDayTicks != 0 || value.Days == 0)
        {
            text.Append('T');
            if (value.Hours > 0)
            {
                text.Append(value.Hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (value.Minutes > 0)
            {
                text.Append(value.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            long secondTicks = value.Ticks % TimeSpan.TicksPerMinute;
            if (secondTicks != 0 || subDayTicks == 0)
            {
                decimal seconds = secondTicks / (decimal)TimeSpan.TicksPerSecond;
                text.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }
}
