using System.Globalization;
using System.Text;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.Fuzzing;

/// <summary>
/// The report of one failing case, and the files that make it replayable: the scenario with its
/// seed, explicit schedule and mutants written in (<c>scenario.json</c>), the trace
/// (<c>trace.jsonl</c>) and this report (<c>report.txt</c>). <c>graphspec replay</c> on the
/// scenario prints <see cref="Text"/> again, byte for byte.
/// </summary>
public static class FailureReport
{
    public const string ScenarioFile = "scenario.json";
    public const string TraceFile = "trace.jsonl";
    public const string ReportFile = "report.txt";

    /// <summary>The command that replays a failure stored in <paramref name="folder"/>.</summary>
    public static string ReplayCommand(string folder) => $"graphspec replay {Path.Combine(folder, ScenarioFile)}";

    public static string Text(FuzzCase fuzzCase, CaseVerdict verdict, string replayCommand)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        ArgumentNullException.ThrowIfNull(verdict);
        var s = fuzzCase.Scenario;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"failure: {verdict.Signature} (exit {verdict.ExitCode})\n");
        text.Append(CultureInfo.InvariantCulture, $"scenario: {s.Name}, protocol {s.Protocol}, AioLock {(s.AioLock ? "on" : "off")}, ");
        text.Append(CultureInfo.InvariantCulture, $"{s.IoThreads.Length} IOThread(s), {s.Requests.Length} request(s), {s.MainOps.Length + s.BhOps.Length} operation(s)\n");
        text.Append("mutants: ").Append(fuzzCase.Mutants.Mask == 0 ? "none" : string.Join(" ", fuzzCase.Mutants.Members())).Append('\n');
        var counterexample = Shrinker.Prefix(verdict);
        text.Append(CultureInfo.InvariantCulture, $"counterexample: {counterexample.Length} steps (the run: {verdict.Run.Steps})\n");
        text.Append("schedule: ").Append(string.Join(" ", counterexample)).Append('\n');
        if (verdict.Run.Outcome == RunOutcome.Deadlock)
        {
            text.Append("deadlock: no thread can step while work remains; wait-for graph:\n");
            foreach (var edge in verdict.Run.WaitFor)
            {
                text.Append("  ").Append(edge).Append('\n');
            }
        }
        else if (verdict.Run.Message is { } message)
        {
            text.Append(CultureInfo.InvariantCulture, $"implementation: {verdict.Run.Outcome}: {message}\n");
        }

        if (!verdict.Validation.Succeeded)
        {
            text.Append("spec: ").Append(ValidationReport.Format(verdict.Validation).TrimEnd('\n').Replace("\n", "\n      ", StringComparison.Ordinal)).Append('\n');
        }
        else
        {
            text.Append("spec: every step is a BlockLayer step and every invariant holds; the spec agrees that nothing can move\n");
        }

        text.Append("replay: ").Append(replayCommand).Append('\n');
        return text.ToString();
    }

    /// <summary>Writes the three files into <paramref name="folder"/> (each through a temporary file renamed into place).</summary>
    public static void Write(string folder, FuzzCase fuzzCase, CaseVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        ArgumentNullException.ThrowIfNull(verdict);
        Directory.CreateDirectory(folder);
        WriteAtomically(Path.Combine(folder, ScenarioFile), ScenarioJson.Write(fuzzCase.Replayable));
        WriteAtomically(Path.Combine(folder, TraceFile), verdict.Trace);
        WriteAtomically(Path.Combine(folder, ReportFile), Text(fuzzCase, verdict, ReplayCommand(folder)));
    }

    private static void WriteAtomically(string path, string content)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, content, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
