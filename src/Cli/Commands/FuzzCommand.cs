using System.Globalization;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec fuzz</c>: a property-testing campaign. Random scenarios and schedules run on the
/// implementation, every trace is validated against the spec; the first failure is shrunk and
/// written with its trace, report and replay command.
/// </summary>
internal sealed class FuzzCommand : ICommand
{
    public string Name => "fuzz";

    public string Summary => "generate scenarios, run them, validate every trace against the spec; shrink and store failures";

    public string Usage => """
        graphspec fuzz [--protocol P] [--mutant M]... [--time 60s | --cases N] [--seed S] [--out DIR]
                       [--ops N] [--workers N] [--spec BlockLayer.tla] [--no-shrink]

        Case i of the campaign draws a scenario (topology, requests, a program of up to --ops
        operations, default 8) and a schedule from the seed (S, i), runs it on the implementation
        with the mutants switched on, and validates the trace against the spec (default
        spec/tla/BlockLayer.tla): every step an action of the spec, every invariant, the end. With
        --mutant the draw is narrowed to the configurations in which that bug can exist (H4 runs with
        H2's writer). A progress line (standard error, every second) shows cases, cases/s, steps and
        how many of the spec's actions the runs have exercised (spec-state coverage of a fixed
        instance: graphspec coverage). On the first failure the
        case is shrunk (operations, requests, schedule, context switches), and DIR/failure (default
        DIR = fuzz-out) receives scenario.json (with its seed and schedule), trace.jsonl and
        report.txt; the last line printed replays it. Cases run on --workers threads (default: the
        number of cores); the failure found is the one of lowest case index, whatever the count.

        exit codes: 0 no failure; 11 deadlock; 12 invariant, refinement (a step or end that is not
        the spec's) or implementation assertion; 13 no end within the step limit; 2 bad command line;
        150 the spec does not load.

        """;

    public IReadOnlyCollection<string> ValueOptions => ["protocol", "mutant", "time", "cases", "seed", "out", "ops", "spec", "workers"];

    public IReadOnlyCollection<string> ListOptions => ["mutant"];

    public IReadOnlyCollection<string> FlagOptions => ["no-shrink"];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals.Length != 0)
        {
            return output.UsageError("fuzz: takes no positional arguments");
        }

        var profile = GenerationProfile.Default;
        var mutants = MutantSet.None;
        if (arguments.Value("mutant") is { } mutantList)
        {
            foreach (var id in mutantList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (MutantSet.Parse(id) is not { } m)
                {
                    return output.UsageError($"fuzz: unknown mutant '{id}' (known: {string.Join(" ", MutantSet.All)})");
                }

                profile = GenerationProfile.For(m);
                mutants = MutantSet.Of(mutants.Members().Concat(GenerationProfile.Switches(m).Members()));
            }
        }

        if (arguments.Value("protocol") is { } protocol)
        {
            if (!Scenario.Protocols.Contains(protocol))
            {
                return output.UsageError($"fuzz: unknown protocol '{protocol}' (known: {string.Join(" ", Scenario.Protocols)})");
            }

            profile = profile with { Protocols = [protocol] };
        }

        if (!TryParse(arguments, "seed", 0UL, out var seed) || !TryParse(arguments, "ops", 8UL, out var ops) || ops is < 1 or > 64)
        {
            return output.UsageError("fuzz: --seed takes a non-negative integer, --ops a number from 1 to 64");
        }

        var workers = Environment.ProcessorCount;
        if (arguments.Value("workers") is { } workersText
            && (!int.TryParse(workersText, NumberStyles.None, CultureInfo.InvariantCulture, out workers) || workers < 1))
        {
            return output.UsageError($"fuzz: --workers takes a positive number, not '{workersText}'");
        }

        long? cases = null;
        if (arguments.Value("cases") is { } casesText)
        {
            if (!long.TryParse(casesText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return output.UsageError($"fuzz: --cases takes a positive number, not '{casesText}'");
            }

            cases = n;
        }

        TimeSpan? time = null;
        if (arguments.Value("time") is { } timeText)
        {
            if (DurationText.Parse(timeText) is not { } t)
            {
                return output.UsageError($"fuzz: --time takes a duration such as 60s, 5m or 1h, not '{timeText}'");
            }

            time = t;
        }

        if (cases is null && time is null)
        {
            time = TimeSpan.FromSeconds(60);
        }

        var specPath = arguments.Value("spec") ?? Path.Combine("spec", "tla", "BlockLayer.tla");
        var loaded = SpecInstance.Load(specPath);
        if (loaded.Instance is not { } spec)
        {
            foreach (var d in loaded.Diagnostics)
            {
                output.Error.WriteLine(d.ToString());
            }

            return ExitCodes.ParseError;
        }

        var options = new CampaignOptions
        {
            Profile = profile,
            Mutants = mutants,
            Seed = seed,
            Cases = cases,
            Time = time,
            Ops = (int)ops,
            Shrink = !arguments.HasFlag("no-shrink"),
            Workers = workers,
        };
        var with = mutants.Mask == 0 ? "no mutant" : "mutants " + string.Join(" ", mutants.Members());
        output.Out.WriteLine($"fuzz: seed {seed}, {with}, protocols {string.Join(" ", profile.Protocols)}, up to {ops} operations per scenario");
        var runner = new CaseRunner(spec);
        var result = Campaign.Run(runner, options, p =>
            output.Error.WriteLine($"  {p.Cases} cases, {p.CasesPerSecond:F0} cases/s, {p.Steps} steps validated, {p.ActionsExercised} spec actions exercised, {p.Elapsed.TotalSeconds:F0} s"));
        output.Out.WriteLine($"{result.Cases} cases in {result.Elapsed.TotalSeconds:F1} s ({result.CasesPerSecond:F0} cases/s, {result.Steps} steps)");
        if (result.Passed)
        {
            output.Out.WriteLine("no failure: every trace is a behaviour of the spec");
            return ExitCodes.Ok;
        }

        var failing = result.Shrunk?.Case ?? result.FailingCase!;
        var verdict = result.Shrunk?.Verdict ?? result.Failure!;
        output.Out.WriteLine($"failure at case {result.FailedAtCase} (seed {result.FailingCase!.Seed}) after {result.FoundAfter.TotalSeconds:F2} s: {result.Failure!.Signature}, counterexample of {Shrinker.Prefix(result.Failure).Length} steps");
        if (result.Shrunk is { } shrunk)
        {
            output.Out.WriteLine($"shrunk in {shrunk.Runs} runs to a counterexample of {Shrinker.Prefix(verdict).Length} steps, {failing.Scenario.MainOps.Length + failing.Scenario.BhOps.Length} operation(s), {failing.Scenario.Requests.Length} request(s)");
        }

        var folder = Path.Combine(arguments.Value("out") ?? "fuzz-out", "failure");
        try
        {
            FailureReport.Write(folder, failing, verdict);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return output.UsageError($"fuzz: cannot write {folder}: {e.Message}");
        }

        output.Out.Write(FailureReport.Text(failing, verdict, FailureReport.ReplayCommand(folder)));
        return verdict.ExitCode;
    }

    private static bool TryParse(ArgumentList arguments, string name, ulong fallback, out ulong value)
    {
        value = fallback;
        return arguments.Value(name) is not { } text || ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
