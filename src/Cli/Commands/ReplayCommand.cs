using GraphSpec.Cli.CommandLine;
using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec replay SCENARIO.json</c>: re-runs a stored failure (the scenario carries its seed,
/// explicit schedule and mutants) and validates it again, printing the same report as the
/// campaign wrote.
/// </summary>
internal sealed class ReplayCommand : ICommand
{
    public string Name => "replay";

    public string Summary => "re-run and re-validate a stored failure (the report is printed again, byte for byte)";

    public string Usage => """
        graphspec replay SCENARIO.json [--spec BlockLayer.tla]

        Runs the scenario with the seed, the schedule and the mutants ("exposes") written in it, as
        `graphspec fuzz` stores them, validates the trace against the spec (default
        spec/tla/BlockLayer.tla) and prints the report (the same text as report.txt beside it).

        exit codes: as graphspec fuzz: 0 the run passes; 11 deadlock; 12 invariant, refinement or
        implementation assertion; 13 no end within the step limit; 2 bad command line or scenario;
        150 the spec does not load.

        """;

    public IReadOnlyCollection<string> ValueOptions => ["spec"];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals is not [var path])
        {
            return output.UsageError("replay: expected one scenario file\nusage: graphspec replay SCENARIO.json [--spec BlockLayer.tla]");
        }

        if (ScenarioInput.Load(path, "replay", output) is not { } scenario)
        {
            return ExitCodes.Usage;
        }

        var mutants = MutantSet.None;
        foreach (var id in scenario.Exposes)
        {
            if (MutantSet.Parse(id) is not { } m)
            {
                return output.UsageError($"replay: {path}: unknown mutant '{id}'");
            }

            mutants = mutants.With(m);
        }

        var loaded = SpecInstance.Load(arguments.Value("spec") ?? Path.Combine("spec", "tla", "BlockLayer.tla"));
        if (loaded.Instance is not { } spec)
        {
            foreach (var d in loaded.Diagnostics)
            {
                output.Error.WriteLine(d.ToString());
            }

            return ExitCodes.ParseError;
        }

        var fuzzCase = new FuzzCase(scenario, mutants, scenario.Seed ?? 0, scenario.Schedule ?? []);
        var verdict = new CaseRunner(spec).Run(fuzzCase);
        if (verdict.Passed)
        {
            output.Out.WriteLine($"pass: {verdict.Run.Steps} steps, every step a BlockLayer step, every invariant holds, the run completed");
            return ExitCodes.Ok;
        }

        var folder = Path.GetDirectoryName(path) is { Length: > 0 } dir ? dir : ".";
        output.Out.Write(FailureReport.Text(fuzzCase, verdict, FailureReport.ReplayCommand(folder)));
        return verdict.ExitCode;
    }
}
