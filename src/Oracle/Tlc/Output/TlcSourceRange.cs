using System.Globalization;
using System.Text.RegularExpressions;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>Reads the source ranges TLC and SANY print: <c>line 14, col 13 to line 17, col 29 of module
/// Spec</c>, <c>Line 13, column 12 to line 13, column 32 in Spec</c> and <c>at line 8, column 25</c>.</summary>
public static partial class TlcSourceRange
{
    /// <summary>The first range in <paramref name="text"/> with its module name, or null.</summary>
    public static (SourceSpan Span, string Module)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var range = RangePattern().Match(text);
        if (range.Success)
        {
            var module = range.Groups["module"].Value;
            return (new SourceSpan(FileOf(module), Number(range, "l1"), Number(range, "c1"), Number(range, "l2"), Number(range, "c2")), module);
        }

        var point = PointPattern().Match(text);
        if (point.Success)
        {
            var line = Number(point, "l1");
            var column = Number(point, "c1");
            return (new SourceSpan("", line, column, line, column), "");
        }

        return null;
    }

    /// <summary>Every range of a TLC nested-expression list (<c>0. Line .. in M</c>), in order.</summary>
    public static IReadOnlyList<(SourceSpan Span, string Module)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(SourceSpan, string)>();
        foreach (Match range in RangePattern().Matches(text))
        {
            var module = range.Groups["module"].Value;
            found.Add((new SourceSpan(FileOf(module), Number(range, "l1"), Number(range, "c1"), Number(range, "l2"), Number(range, "c2")), module));
        }

        return found;
    }

    // TLC names modules, not files; a module M lives in M.tla.
    private static string FileOf(string module) => module.Length == 0 ? "" : module + ".tla";

    private static int Number(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(@"[Ll]ine (?<l1>\d+), col(?:umn)? (?<c1>\d+) to line (?<l2>\d+), col(?:umn)? (?<c2>\d+) (?:of module|in) (?<module>[A-Za-z0-9_]+)")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"line (?<l1>\d+), col(?:umn)? (?<c1>\d+)")]
    private static partial Regex PointPattern();
}
