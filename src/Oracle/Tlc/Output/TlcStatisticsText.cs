using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>Reads the numbers of TLC's statistics messages (they may carry thousands separators).</summary>
public static partial class TlcStatisticsText
{
    /// <summary><c>27 states generated, 18 distinct states found, 6 states left on queue.</c> (2199, and 2200 without the depth).</summary>
    public static (long Generated, long Distinct, long Queue)? Counts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = CountsPattern().Match(text);
        return match.Success ? (Number(match, "g"), Number(match, "d"), Number(match, "q")) : null;
    }

    /// <summary>The depth of <c>The depth of the complete state graph search is 5.</c> or of <c>Progress(5)</c>.</summary>
    public static int? Depth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DepthPattern().Match(text);
        return match.Success ? (int)Number(match, "n") : null;
    }

    /// <summary>Distinct initial states: <c>1 distinct state generated</c> or <c>N states generated, with M of them distinct</c>.</summary>
    public static long? InitialStates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = InitialPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["m"].Success ? Number(match, "m") : Number(match, "n");
    }

    /// <summary>The run time of <c>Finished in 297ms at (...)</c>, or of <c>Finished in 01min 02s at</c>.</summary>
    public static TimeSpan? Elapsed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = ElapsedPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value.TrimStart("0123456789".ToCharArray());
            var amount = long.Parse(part.Value[..^unit.Length], CultureInfo.InvariantCulture);
            total += unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "min" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.Zero,
            };
        }

        return total;
    }

    private static long Number(Match match, string group) =>
        long.Parse(match.Groups[group].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<g>[\d,]+) states? generated(?: \([^)]*\))?, (?<d>[\d,]+) distinct states? found(?: \([^)]*\))?, (?<q>[\d,]+) states? left on queue")]
    private static partial Regex CountsPattern();

    [GeneratedRegex(@"(?:search is |Progress\()(?<n>[\d,]+)")]
    private static partial Regex DepthPattern();

    [GeneratedRegex(@"(?<n>[\d,]+) (?:distinct )?states? generated(?:, with (?<m>[\d,]+) of them distinct)?")]
    private static partial Regex InitialPattern();

    [GeneratedRegex(@"Finished in (?:(?<part>\d+(?:ms|min|h|s))\s*)+")]
    private static partial Regex ElapsedPattern();
}
