using System.Globalization;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Fuzzing;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec coverage</c>: the fraction of a small instance's reachable spec states that a
/// campaign of schedules on the implementation visits, and the spec actions it never exercises.
/// </summary>
internal sealed class CoverageCommand : ICommand
{
    public string Name => "coverage";

    public string Summary => "fraction of a model's reachable states that runs of the implementation visit";

    public string Usage => """
        graphspec coverage [--model MODEL.cfg] [--scenario SCENARIO.json] [--time 60s | --cases N] [--seed S]

        Model-checks MODEL.cfg (default spec/tla/models/safe_drain_io.cfg, whose constants are those
        of the default scenario scenarios/safe_drain_io.json) to enumerate its reachable states,
        then runs the scenario on the implementation under a campaign of schedules (case i uses
        the seed derived from (S, i)), validates every trace, and reports how many of the
        reachable states the runs visited, and which spec actions that fire in the model no run
        exercised. The model's spec is named by its "\* spec:" line.

        exit codes: 0 reported; 12 a run failed validation; 2 bad command line or files; 150 the
        spec does not load.

        """;

    public IReadOnlyCollection<string> ValueOptions => ["model", "scenario", "time", "cases", "seed"];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        var modelPath = arguments.Value("model") ?? Path.Combine("spec", "tla", "models", "safe_drain_io.cfg");
        var scenarioPath = arguments.Value("scenario") ?? Path.Combine("scenarios", "safe_drain_io.json");
        var model = GraphSpec.Cli.ModelSuite.ModelFile.Read(modelPath);
        if (model.SpecPath is null || model.Problem is not null)
        {
            return output.UsageError($"coverage: {model.Problem ?? $"{modelPath}: no spec line"}");
        }

        if (ScenarioInput.Load(scenarioPath, "coverage", output) is not { } scenario)
        {
            return ExitCodes.Usage;
        }

        long? cases = null;
        TimeSpan? time = TimeSpan.FromSeconds(60);
        if (arguments.Value("cases") is { } casesText)
        {
            if (!long.TryParse(casesText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return output.UsageError($"coverage: --cases takes a positive number, not '{casesText}'");
            }

            cases = n;
            time = null;
        }

        if (arguments.Value("time") is { } timeText)
        {
            if (DurationText.Parse(timeText) is not { } t)
            {
                return output.UsageError($"coverage: --time takes a duration such as 60s, not '{timeText}'");
            }

            time = t;
        }

        var seed = 0UL;
        if (arguments.Value("seed") is { } seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            return output.UsageError($"coverage: --seed takes a non-negative integer, not '{seedText}'");
        }

        var (reachable, actions, problem) = SpecStateCoverage.Reachable(model.SpecPath, modelPath);
        if (reachable is null)
        {
            return output.UsageError($"coverage: {modelPath}: {problem}");
        }

        var loaded = SpecInstance.Load(Path.Combine(Path.GetDirectoryName(model.SpecPath) ?? ".", "BlockLayer.tla"));
        if (loaded.Instance is not { } spec)
        {
            foreach (var d in loaded.Diagnostics)
            {
                output.Error.WriteLine(d.ToString());
            }

            return ExitCodes.ParseError;
        }

        var result = SpecStateCoverage.Measure(new CaseRunner(spec), scenario, reachable, actions, cases, time, seed);
        output.Out.WriteLine($"model {model.Name}: {result.ReachableStates} reachable states, {actions.Count} actions fire");
        output.Out.WriteLine($"campaign: {result.Cases} runs of {scenario.Name} in {result.Elapsed.TotalSeconds:F1} s");
        output.Out.WriteLine($"spec-state coverage: {result.VisitedStates} of {result.ReachableStates} reachable states visited ({100 * result.Fraction:F1}%)");
        if (result.VisitedOutsideModel > 0)
        {
            output.Out.WriteLine($"warning: {result.VisitedOutsideModel} visited states are not states of the model: its constants differ from the scenario's");
        }

        output.Out.WriteLine(result.ActionsNeverExercised.Count == 0
            ? "every action that fires in the model was exercised"
            : "actions never exercised: " + string.Join(" ", result.ActionsNeverExercised));
        return ExitCodes.Ok;
    }
}
