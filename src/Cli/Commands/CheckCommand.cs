using GraphSpec.Cli.Checking;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Cli.ModelSuite;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Checking.Traces;
using GraphSpec.Oracle.Tlc.Running;

namespace GraphSpec.Cli.Commands;

/// <summary><c>graphspec check SPEC.tla</c>: the embedded model checker, with TLC's output and exit codes.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "model-check a spec with its cfg (TLC's results), or every model of the suite";

    public string Usage => """
        graphspec check SPEC.tla [-config X.cfg] [--workers N] [--json] [--coverage]
                                 [--dump-trace itf|json FILE] [--max-states N] [-deadlock]
                                 [--engine embedded|tlc|both] [--tlc-jar PATH] [--timeout SECONDS]
        graphspec check [--models DIR] [--filter TEXT] [--workers N] [--json] [--coverage]
                        [--engine embedded|tlc|both] [--tlc-jar PATH] [--timeout SECONDS]

        Breadth-first model checking of SPEC.tla with the cfg X.cfg (default: SPEC.cfg): invariants,
        deadlock (off with CHECK_DEADLOCK FALSE or -deadlock), CONSTRAINT, ACTION_CONSTRAINT,
        SYMMETRY, VIEW, ASSUME, action properties [][A]_v and properties []P. The counts, the outcome
        and the counterexample do not depend on --workers (default: number of cores).
          --json             print one JSON object (outcome, violated, statistics, trace)
          --coverage         per action: successors generated and new states found
          --dump-trace F FILE  write the counterexample as ITF (itf) or as TLC's -dumpTrace json (json)
          --max-states N     stop after N distinct states
          --engine E         embedded (default): GraphSpec's checker; tlc: the real TLC (java and
                             tla2tools.jar), reported the same way; both: run the two, print both
                             and a comparison, and exit 1 on any difference in outcome, violated
                             name, distinct/generated states and depth (ok runs) or counterexample
                             length (not for liveness lassos)
          --tlc-jar PATH     tla2tools.jar (default: $TLA2TOOLS_JAR, then tools/tla2tools.jar);
                             java comes from $JAVA_HOME/bin, then PATH
          --timeout SECONDS  stop TLC (and every process it started) after this long
        Progress is printed every 10 s on long runs; Ctrl-C stops and prints the statistics.
        Exit codes are TLC's: 0 ok, 10 assumption, 11 deadlock, 12 invariant, 13 property,
        14 Assert, 75/76 evaluation error, 150 parse error, 151 cfg error, 152 --max-states reached,
        153 interrupted (or TLC timed out). With TLC: its own exit code; 2 java or the jar missing or
        not TLA+ tools, 255 TLC crashed or printed something that is not its output; with both,
        1 when the engines disagree.

        Without SPEC.tla, checks the model suite: every *.cfg of DIR (default spec/tla/models,
        relative to the current directory; sorted by name; --filter keeps the names containing
        TEXT), one after the other, and prints a row per model: model, expected, got, distinct
        states, depth, counterexample length, seconds; then each mismatch with the command that
        re-runs that model alone. Each cfg starts with comment lines that say what to expect:
          \* expect: ok | deadlock | invariant <Name> | property <Name>   (line 1; a note in
                                         parentheses may follow: invariant Inv (reachability witness))
          \* spec: ../Module.tla        (root module, relative to the cfg's folder; required)
        "property" is a violated temporal or action property. A model matches when the outcome and,
        for a violation, the name are the expected ones. A cfg without these lines, or naming a
        missing spec, is reported as file:line: message and counts as a mismatch; the others run.
          --json             one JSON object: a row per model (name, expected, got, match, distinct,
                             generated, depth, traceLength, seconds), with --coverage its actions
          --coverage         after the table, per spec: the successors each action generated in
                             the models that expect ok, and a warning for each action that never
                             fired in any of them
        With --engine tlc, TLC checks each model; with both, both do, and a model also mismatches
        when TLC fails or the two disagree (a TLC column shows TLC's outcome).
        Exit codes: 0 every model as expected, 1 some model mismatched (or has a bad header),
        2 usage error, no model found, or java / tla2tools.jar missing, 153 interrupted.

        """;

    public IReadOnlyCollection<string> ValueOptions => ["config", "workers", "dump-trace", "max-states", "models", "filter", .. EngineSettings.ValueOptions];

    public IReadOnlyCollection<string> FlagOptions => ["json", "coverage", "no-deadlock"];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (SuiteArguments.IsSuite(arguments))
        {
            return ModelSuiteCommand.Run(arguments, output);
        }

        if (arguments.Value("models") is not null || arguments.Value("filter") is not null)
        {
            return output.UsageError("check: --models and --filter select models of the suite; with a SPEC.tla they do not apply");
        }

        var (parsed, error) = CheckArguments.Parse(arguments);
        if (parsed is null)
        {
            return output.UsageError($"check: {error}\nusage: graphspec check SPEC.tla [-config X.cfg] [--workers N] ...");
        }

        if (!File.Exists(parsed.Spec))
        {
            return output.UsageError($"check: cannot read '{parsed.Spec}': no such file");
        }

        if (!File.Exists(parsed.Config))
        {
            return output.UsageError($"check: cannot read '{parsed.Config}': no such file");
        }

        if (!EngineRun.TryLocateTlc(parsed.Engine, output, out var tlc))
        {
            return ExitCodes.Usage;
        }

        // The first Ctrl-C stops cleanly: the statistics so far are still printed; a TLC run is killed.
        using var cancellation = new CtrlCCancellation();
        var options = new CheckOptions
        {
            Workers = parsed.Workers,
            CheckDeadlock = parsed.NoDeadlock ? false : null,
            MaxStates = parsed.MaxStates,
            Coverage = parsed.Coverage,
            Progress = parsed.Json ? null : s => output.Out.WriteLine(TlcReportWriter.Progress(s)),

            // With --json, standard output holds only the JSON object: the spec's Print goes to stderr.
            PrintOutput = parsed.Json ? output.Error : output.Out,
        };
        if (!parsed.Json)
        {
            if (parsed.Engine.Engine != CheckEngine.Tlc)
            {
                output.Out.WriteLine($"GraphSpec model checker: breadth-first search with {parsed.Workers} worker(s) on {Environment.ProcessorCount} cores.");
            }

            if (tlc is not null)
            {
                output.Out.WriteLine($"TLC: {tlc.Launcher.JarPath}{(tlc.TlcVersion is null ? "" : $" (version {tlc.TlcVersion})")} with java {tlc.JavaVersion}, {parsed.Workers} worker(s).");
            }

            output.Out.WriteLine($"Starting... ({DateTime.Now:yyyy-MM-dd HH:mm:ss})");
        }

        var results = EngineRun.Run(parsed.Engine, tlc, parsed.Spec, parsed.Config, options, parsed.NoDeadlock, cancellation.Token);
        if (results.Primary is { } primary && parsed.DumpFormat is { } format && parsed.DumpFile is { } file && !primary.Trace.IsEmpty)
        {
            DumpTrace(parsed, primary, format, file, output);
        }

        return parsed.Engine.Engine switch
        {
            CheckEngine.Embedded => Report(results.Embedded!, parsed.Json, output),
            CheckEngine.Tlc => results.Tlc is { } tlcResult ? Report(tlcResult, parsed.Json, output) : TlcFailure(results, output),
            _ => ReportBoth(results, parsed.Json, output),
        };
    }

    private static int Report(CheckResult result, bool json, CliOutput output)
    {
        if (json)
        {
            output.Out.WriteLine(CheckJsonWriter.Serialize(result));
        }
        else
        {
            TlcReportWriter.Write(result, output.Out);
        }

        return result.ExitCode;
    }

    private static int TlcFailure(EngineResults results, CliOutput output)
    {
        output.Error.WriteLine($"graphspec: check: TLC: {results.TlcError}");
        return EngineRun.FailureExitCode(results);
    }

    /// <summary>--engine both: each engine's report, then the comparison; a difference exits 1.</summary>
    private static int ReportBoth(EngineResults results, bool json, CliOutput output)
    {
        var embedded = results.Embedded!;
        if (json)
        {
            output.Out.WriteLine(EngineComparisonWriter.Json(results));
        }
        else
        {
            output.Out.WriteLine("== embedded checker ==");
            TlcReportWriter.Write(embedded, output.Out);
            if (results.Tlc is { } tlcResult)
            {
                output.Out.WriteLine("== TLC ==");
                TlcReportWriter.Write(tlcResult, output.Out);
                EngineComparisonWriter.Text(results, output.Out);
            }
        }

        if (results.Tlc is null)
        {
            return TlcFailure(results, output);
        }

        return results.Disagree ? ExitCodes.ConformanceDisagreement : embedded.ExitCode;
    }

    private static void DumpTrace(CheckArguments parsed, CheckResult result, TraceFileFormat format, string file, CliOutput output)
    {
        var path = Path.IsPathRooted(file) ? file : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(parsed.Spec)) ?? ".", file);
        try
        {
            TraceFiles.Write(result, format, path);
            if (!parsed.Json)
            {
                output.Out.WriteLine($"CounterExample written: {path}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"graphspec: check: cannot write '{path}': {e.Message}");
        }
    }
}
