using System.Globalization;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// The suite's text report: one aligned row per model, a summary line, then for each mismatch
/// why and the command that re-runs that model alone.
/// </summary>
internal static class SuiteTable
{
    private static readonly string[] Header = ["model", "expected", "got", "distinct", "depth", "trace", "seconds"];

    // Counts are right-aligned; names and outcomes left-aligned.
    private static readonly bool[] RightAligned = [false, false, false, true, true, true, true];

    public static void Write(IReadOnlyList<ModelVerdict> verdicts, TextWriter output)
    {
        // With --engine both, a "TLC" column after "got" shows TLC's outcome for the same model.
        var withTlc = verdicts.Any(v => v.TlcGot is not null);
        string[] header = withTlc ? [.. Header[..3], "TLC", .. Header[3..]] : Header;
        bool[] rightAligned = withTlc ? [.. RightAligned[..3], false, .. RightAligned[3..]] : RightAligned;
        var rows = new List<string[]> { header };
        foreach (var verdict in verdicts)
        {
            var row = Row(verdict);
            rows.Add(withTlc ? [.. row[..3], verdict.TlcGot ?? "–", .. row[3..]] : row);
        }

        var widths = new int[header.Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = new string[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                cells[i] = rightAligned[i] ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i]);
            }

            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        var mismatches = verdicts.Where(v => !v.Matches).ToList();
        output.WriteLine();
        output.WriteLine($"{verdicts.Count} models: {verdicts.Count - mismatches.Count} as expected, {mismatches.Count} mismatched");
        foreach (var verdict in mismatches)
        {
            output.WriteLine($"MISMATCH {verdict.Model.Name}: {verdict.Reason}");
            output.WriteLine($"  re-run: {verdict.RerunCommand}");
        }
    }

    private static string[] Row(ModelVerdict verdict)
    {
        const string None = "–";
        var result = verdict.Result;
        var statistics = result is { HasStatistics: true } ? result.Statistics : null;
        return
        [
            verdict.Model.Name,
            verdict.Expected,
            verdict.Got,
            statistics is null ? None : statistics.Distinct.ToString(CultureInfo.InvariantCulture),
            statistics is null ? None : statistics.Depth.ToString(CultureInfo.InvariantCulture),
            result is null || result.Trace.IsEmpty ? None : result.Trace.Length.ToString(CultureInfo.InvariantCulture),
            result is null ? None : result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
        ];
    }
}
