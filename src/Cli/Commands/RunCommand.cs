using System.Globalization;
using System.Text.Json;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using GraphSpec.Impl.Tracing;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec run SCENARIO.json</c>: runs a scenario on the implementation (src/Impl) under a seed
/// or an explicit schedule, with the named mutants switched on, optionally writing the trace.
/// </summary>
internal sealed class RunCommand : ICommand
{
    public const int StepLimitReached = 152;

    public string Name => "run";

    public string Summary => "run a scenario on the implementation (seed or schedule, mutants, trace)";

    public string Usage => """
        graphspec run SCENARIO.json [--seed S | --schedule FILE] [--mutant NAME[,NAME...]]... [--trace OUT.jsonl] [--max-steps N]

        Runs the scenario on the deterministic simulation of QEMU's block layer. The scheduler picks
        each step from the SplitMix64 stream of the seed (--seed, else the scenario's "seed", else 0)
        or, while it lasts, from the explicit schedule (--schedule: a JSON array of choices such as
        "Main", "IoThread", "Submit(r1)", "IoComplete(r1)"; else the scenario's "schedule").
        --mutant switches on bug-catalog mutants (B2 B3 B4 B7 B8 B10 B11 B14 B16 H1 H2 H4; a
        comma-separated list). --trace writes the run as JSON Lines (docs/trace-format.md).
        The last line printed is the command that replays the run.

        exit codes: 0 the run completed; 11 deadlock (the wait-for graph is printed); 12 the
        implementation reached a state it asserts impossible; 152 --max-steps reached (default
        100000); 2 bad command line, unreadable or invalid scenario or schedule (file:line:col).

        """;

    public IReadOnlyCollection<string> ValueOptions => ["seed", "schedule", "mutant", "trace", "max-steps"];

    public IReadOnlyCollection<string> ListOptions => ["mutant"];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals is not [var path])
        {
            return output.UsageError("run: expected one scenario file\nusage: graphspec run SCENARIO.json [--seed S | --schedule FILE] [--mutant NAME] [--trace OUT.jsonl]");
        }
        if (arguments.Value("seed") is not null && arguments.Value("schedule") is not null)
        {
            return output.UsageError("run: give --seed or --schedule, not both");
        }
        if (!TryReadFile(path, output, out var text))
        {
            return ExitCodes.Usage;
        }
        var (scenario, errors) = ScenarioJson.Parse(text, path);
        if (scenario is null)
        {
            foreach (var e in errors)
            {
                output.Error.WriteLine(e.ToString());
            }
            return ExitCodes.Usage;
        }

        var mutants = MutantSet.None;
        if (arguments.Value("mutant") is { } mutantList)
        {
            foreach (var id in mutantList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (MutantSet.Parse(id) is not { } m)
                {
                    return output.UsageError($"run: unknown mutant '{id}' (known: {string.Join(" ", MutantSet.All)})");
                }
                mutants = mutants.With(m);
            }
        }

        ulong? seed = scenario.Seed;
        if (arguments.Value("seed") is { } seedText)
        {
            if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            {
                return output.UsageError($"run: --seed takes a non-negative integer, not '{seedText}'");
            }
            seed = s;
        }
        IReadOnlyList<string>? schedule = arguments.Value("seed") is null ? scenario.Schedule : null;
        var scheduleFile = arguments.Value("schedule");
        if (scheduleFile is not null)
        {
            if (!TryReadSchedule(scheduleFile, output, out var fromFile))
            {
                return ExitCodes.Usage;
            }
            schedule = fromFile;
            seed = null;
        }
        var maxSteps = 100_000;
        if (arguments.Value("max-steps") is { } maxText && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxSteps) || maxSteps < 1))
        {
            return output.UsageError($"run: --max-steps takes a positive number, not '{maxText}'");
        }

        var options = new RunOptions(seed, schedule, maxSteps);
        RunResult result;
        if (arguments.Value("trace") is { } tracePath)
        {
            var temp = tracePath + ".tmp";
            try
            {
                using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
                {
                    result = Simulator.Run(scenario, mutants, options, new TraceWriter(writer));
                }
                File.Move(temp, tracePath, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return output.UsageError($"run: cannot write the trace {tracePath}: {e.Message}");
            }
        }
        else
        {
            result = Simulator.Run(scenario, mutants, options);
        }

        Report(scenario, mutants, result, output);
        output.Out.WriteLine("replay: " + ReplayCommand(path, seed, scheduleFile, scheduleFile is null && arguments.Value("seed") is null && scenario.Schedule is not null, mutants, arguments.Value("trace")));
        return result.Outcome switch
        {
            RunOutcome.Done => ExitCodes.Ok,
            RunOutcome.Deadlock => ExitCodes.Deadlock,
            RunOutcome.Assert => ExitCodes.InvariantViolated,
            RunOutcome.StepLimit => StepLimitReached,
            _ => ExitCodes.Usage,
        };
    }

    private static void Report(Scenario scenario, MutantSet mutants, RunResult result, CliOutput output)
    {
        var with = mutants.Mask == 0 ? "no mutant" : "mutants " + string.Join(" ", mutants.Members());
        output.Out.WriteLine($"{scenario.Name} ({scenario.Protocol}, AioLock {(scenario.AioLock ? "on" : "off")}, {with}): {result.Steps} steps");
        switch (result.Outcome)
        {
            case RunOutcome.Done:
                output.Out.WriteLine("done: every operation finished, every thread idle");
                break;
            case RunOutcome.Deadlock:
                output.Out.WriteLine("deadlock: no thread can step while work remains; wait-for graph:");
                foreach (var e in result.WaitFor)
                {
                    output.Out.WriteLine("  " + e);
                }
                if (result.Cycle is { } cycle)
                {
                    output.Out.WriteLine("cycle: " + cycle);
                }
                if (result.WaitFor.Length == 0)
                {
                    output.Out.WriteLine("  (every thread idle; requests are parked with nobody to restart them)");
                }
                break;
            case RunOutcome.Assert:
                output.Out.WriteLine($"assertion: {result.Message}");
                break;
            case RunOutcome.StepLimit:
                output.Out.WriteLine($"step limit: {result.Message}");
                break;
            default:
                output.Error.WriteLine($"graphspec: run: {result.Message}");
                break;
        }
    }

    private static string ReplayCommand(string path, ulong? seed, string? scheduleFile, bool scenarioSchedule, MutantSet mutants, string? trace)
    {
        var parts = new List<string> { "graphspec", "run", Quote(path) };
        if (scheduleFile is not null)
        {
            parts.Add("--schedule");
            parts.Add(Quote(scheduleFile));
        }
        else if (!scenarioSchedule)
        {
            parts.Add("--seed");
            parts.Add((seed ?? 0).ToString(CultureInfo.InvariantCulture));
        }
        if (mutants.Mask != 0)
        {
            parts.Add("--mutant");
            parts.Add(string.Join(",", mutants.Members()));
        }
        if (trace is not null)
        {
            parts.Add("--trace");
            parts.Add(Quote(trace));
        }
        return string.Join(" ", parts);
    }

    private static string Quote(string s) => s.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"') ? "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : s;

    private static bool TryReadFile(string path, CliOutput output, out string text)
    {
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.UsageError($"run: cannot read {path}: {e.Message}");
            text = "";
            return false;
        }
    }

    /// <summary>A schedule file: a JSON array of choice strings.</summary>
    private static bool TryReadSchedule(string path, CliOutput output, out IReadOnlyList<string> schedule)
    {
        schedule = [];
        if (!TryReadFile(path, output, out var text))
        {
            return false;
        }
        try
        {
            var choices = JsonSerializer.Deserialize<List<string>>(text);
            if (choices is null)
            {
                output.UsageError($"{path}:1:1: a schedule is a JSON array of choices, not null");
                return false;
            }
            schedule = choices;
            return true;
        }
        catch (JsonException e)
        {
            output.UsageError($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: a schedule is a JSON array of strings such as \"Main\", \"Submit(r1)\"");
            return false;
        }
    }
}
