using System.Diagnostics;
using System.Globalization;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec validate SPEC.tla TRACE.jsonl</c>: checks an implementation trace against the spec
/// (docs/trace-format.md). With <c>--repeat N</c> it also measures the cost per validated step.
/// </summary>
internal sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Summary => "check an implementation trace (JSON Lines) against the spec, step by step";

    public string Usage => """
        graphspec validate SPEC.tla TRACE.jsonl [--invariants A,B,...] [--repeat N]

        Instantiates SPEC.tla with the constants of the trace's header and checks that the initial
        state satisfies Init, that every step is the spec action its label names (unprimed
        variables bound to the state before, primed to the state after; "internal" steps must not
        change the state; a step without a state takes the spec's successor, which must exist),
        that every invariant holds in every state, and that the end agrees: a deadlock of the run
        is a deadlock of the spec, a finished run ends in a terminal state (Done).
        Invariants: --invariants A,B, or every BlockLayer invariant the spec defines.
        --repeat N validates the trace N more times and prints microseconds per step (parsing
        included and excluded).
        Prints the first failure: step, thread, action, the false invariant or conjunct (with its
        position in the spec), and both states with the changed variables.
        Exit codes: 0 valid; 12 a step not allowed or an invariant false; 11 the end disagrees
        (blocked where the spec can move, or done where the spec is not terminal); 14 the
        implementation stopped on its own assertion; 10 an ASSUME false for the trace's constants;
        75 evaluation error; 150 parse error in the spec; 2 usage error or malformed trace
        (file:line:col: message).

        """;

    public IReadOnlyCollection<string> ValueOptions => ["invariants", "repeat"];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals.Length != 2)
        {
            return output.UsageError("validate: expected SPEC.tla and TRACE.jsonl\nusage: graphspec validate SPEC.tla TRACE.jsonl [--invariants A,B] [--repeat N]");
        }

        var (specPath, tracePath) = (arguments.Positionals[0], arguments.Positionals[1]);
        foreach (var path in new[] { specPath, tracePath })
        {
            if (!File.Exists(path))
            {
                return output.UsageError($"validate: cannot read '{path}': no such file");
            }
        }

        var repeat = 0;
        if (arguments.Value("repeat") is { } repeatText && (!int.TryParse(repeatText, NumberStyles.None, CultureInfo.InvariantCulture, out repeat) || repeat < 1))
        {
            return output.UsageError($"validate: --repeat takes a positive number, not '{repeatText}'");
        }

        var options = ValidationOptions.Default;
        if (arguments.Value("invariants") is { } list)
        {
            options = options with { Invariants = [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] };
        }

        var loaded = SpecInstance.Load(specPath);
        if (loaded.Instance is not { } spec)
        {
            foreach (var diagnostic in loaded.Diagnostics)
            {
                output.Error.WriteLine(diagnostic.ToString());
            }

            return DiagnosticExitCodes.For(loaded.Diagnostics);
        }

        var read = TraceReader.ReadFile(tracePath);
        if (read.Document is not { } trace)
        {
            output.Error.WriteLine(read.Error!.ToString());
            return ExitCodes.Usage;
        }

        var result = TraceValidator.Validate(spec, trace, options);
        if (result.Outcome == ValidationOutcome.MalformedTrace && result.Failure is { } malformed)
        {
            output.Error.WriteLine(malformed.Location.IsNone ? malformed.Message : $"{malformed.Location.ToLocationString()}: {malformed.Message}");
            return result.ExitCode;
        }

        output.Out.Write(ValidationReport.Format(result));
        if (repeat > 0)
        {
            Benchmark(spec, tracePath, trace, options, repeat, output);
        }

        return result.ExitCode;
    }

    // Three figures: validation from scratch (every step and state evaluated), validation that
    // reuses what earlier runs verified (what repeated schedules of one scenario cost), and reading
    // the file plus validation from scratch.
    private static void Benchmark(SpecInstance spec, string tracePath, TraceDocument trace, ValidationOptions options, int repeat, CliOutput output)
    {
        var bytes = File.ReadAllBytes(tracePath);
        var steps = Math.Max(trace.Steps.Length - 1, 1);
        var constants = trace.Header.ConstantsByName();
        var scratch = options with { ReuseVerifiedResults = false };
        var reusing = options with { ReuseVerifiedResults = true };

        var fromScratch = Time(repeat, () => TraceValidator.Validate(spec, constants, trace.Steps, trace.Footer, scratch));
        var reused = Time(repeat, () => TraceValidator.Validate(spec, constants, trace.Steps, trace.Footer, reusing));
        var withReading = Time(repeat, () =>
        {
            if (TraceReader.Read(bytes, tracePath).Document is { } again)
            {
                TraceValidator.Validate(spec, again, scratch);
            }
        });

        // Wall time overstates the cost on a shared machine; the process's CPU time shows it too.
        string Figure((double Wall, double Cpu) t) => string.Create(CultureInfo.InvariantCulture, $"{t.Wall / steps:F1} us/step wall, {t.Cpu / steps:F1} cpu ({t.Wall:F0} us/trace)");
        output.Out.WriteLine($"benchmark: {repeat} run(s) of {steps} step(s)");
        output.Out.WriteLine($"  validation from scratch:           {Figure(fromScratch)}");
        output.Out.WriteLine($"  reusing verified steps and states: {Figure(reused)}");
        output.Out.WriteLine($"  reading the file + validation:     {Figure(withReading)}");
    }

    /// <summary>Wall and CPU microseconds per call, after one call that warms up the JIT and caches.</summary>
    private static (double Wall, double Cpu) Time(int repeat, Action run)
    {
        run();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            run();
        }

        var wall = clock.Elapsed.TotalMicroseconds;
        process.Refresh();
        return (wall / repeat, (process.TotalProcessorTime - cpu).TotalMicroseconds / repeat);
    }
}
