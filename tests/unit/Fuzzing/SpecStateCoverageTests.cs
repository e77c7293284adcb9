using GraphSpec.Fuzzing;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Fuzzing;

/// <summary>
/// Spec-state coverage compares the implementation's states with the model checker's by
/// fingerprint: for a scenario whose constants are the model's, every visited state is a
/// reachable state of the model, and more runs never visit fewer.
/// </summary>
public sealed class SpecStateCoverageTests
{
    private static string Repo(params string[] parts) => Path.Combine([TestPaths.RepositoryRoot, .. parts]);

    [Fact]
    public void Runs_of_the_scenario_visit_only_states_of_its_model_and_more_runs_visit_more()
    {
        var (reachable, actions, error) = SpecStateCoverage.Reachable(Repo("spec", "tla", "Models.tla"), Repo("spec", "tla", "models", "safe_drain_io.cfg"));
        Assert.Null(error);
        Assert.Contains("ReqGate", actions);
        var spec = SpecInstance.Load(Repo("spec", "tla", "BlockLayer.tla")).Instance!;
        var (scenario, _) = ScenarioJson.Parse(File.ReadAllText(Repo("scenarios", "safe_drain_io.json")));

        var few = SpecStateCoverage.Measure(new CaseRunner(spec), scenario!, reachable!, actions, 20, null, 0);
        var more = SpecStateCoverage.Measure(new CaseRunner(spec), scenario!, reachable!, actions, 200, null, 0);
        Assert.Equal(0, few.VisitedOutsideModel);
        Assert.Equal(0, more.VisitedOutsideModel);
        Assert.Equal(reachable!.Count, more.ReachableStates);
        Assert.InRange(few.VisitedStates, 1, more.VisitedStates);
        Assert.InRange(more.VisitedStates, few.VisitedStates, more.ReachableStates);
    }
}
