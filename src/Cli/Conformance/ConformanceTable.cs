namespace GraphSpec.Cli.Conformance;

/// <summary>Prints conformance verdicts as an aligned table, then the reasons for disagreements.</summary>
internal static class ConformanceTable
{
    public static void Write(IReadOnlyList<CaseVerdict> verdicts, TextWriter output)
    {
        string[] header = ["case", "TLC", "GraphSpec", "verdict"];
        var rows = verdicts.Select(v => new[] { v.CaseName, v.ExpectedOutcome, v.FrontEndResult, v.Agrees ? "agree" : "DISAGREE" }).ToList();
        var widths = new int[header.Length];
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))));
        }
        var disagreements = verdicts.Where(v => !v.Agrees).ToList();
        output.WriteLine();
        output.WriteLine($"{verdicts.Count} cases: {verdicts.Count - disagreements.Count} agree, {disagreements.Count} disagree");
        foreach (var verdict in disagreements)
        {
            output.WriteLine($"  {verdict.CaseName}: {verdict.Reason}");
        }
    }
}
