using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;
using GraphSpec.UnitTests.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Fuzzing;

/// <summary>
/// The shrinker reaches the model checker's shortest counterexample for B7 (spec/tla/models/B7_rule.cfg:
/// NoLostWakeup broken in state 16) and is a function of the failing case.
/// </summary>
public sealed class ShrinkerTests
{
    private static CampaignOptions B7Campaign(int workers) => new()
    {
        Profile = GenerationProfile.For(Mutant.B7),
        Mutants = MutantSet.None.With(Mutant.B7),
        Seed = 1,
        Cases = 200,
        Workers = workers,
    };

    [Fact]
    public void B7_shrinks_to_at_most_the_checkers_sixteen_states_with_its_lost_wakeup()
    {
        var result = Campaign.Run(new CaseRunner(ModelTraces.BlockLayer), B7Campaign(workers: 1));

        var shrunk = result.Shrunk!;
        Assert.Equal("invariant NoLostWakeup", result.Failure!.Signature);
        Assert.Equal("invariant NoLostWakeup", shrunk.Verdict.Signature);
        Assert.True(Shrinker.Prefix(shrunk.Verdict).Length + 1 <= 16, $"{Shrinker.Prefix(shrunk.Verdict).Length + 1} states");
        Assert.Single(shrunk.Case.Scenario.Requests);
    }

    [Fact]
    public void The_shrunk_B7_case_replays_strictly_to_the_same_broken_state()
    {
        var runner = new CaseRunner(ModelTraces.BlockLayer);
        var shrunk = Campaign.Run(runner, B7Campaign(workers: 1)).Shrunk!;

        var replay = runner.Run(shrunk.Case, lenient: false);

        Assert.Equal("invariant NoLostWakeup", replay.Signature);
        Assert.Equal(string.Join(" ", shrunk.Case.Schedule), string.Join(" ", Shrinker.Prefix(replay)));
    }

    [Fact]
    public void Shrinking_the_same_case_twice_gives_the_same_case()
    {
        var options = B7Campaign(workers: 1);
        var found = Campaign.Run(new CaseRunner(ModelTraces.BlockLayer), options with { Shrink = false });

        ShrinkResult Shrink() => new Shrinker(new CaseRunner(ModelTraces.BlockLayer)).Shrink(found.FailingCase!, found.Failure!);
        var first = Shrink();
        var second = Shrink();

        Assert.Equal(ScenarioJson.Write(first.Case.Replayable), ScenarioJson.Write(second.Case.Replayable));
        Assert.Equal(first.Verdict.Trace, second.Verdict.Trace);
        Assert.Equal(first.Runs, second.Runs);
    }

    [Fact]
    public void One_and_two_workers_shrink_B7_to_the_same_trace()
    {
        var one = Campaign.Run(new CaseRunner(ModelTraces.BlockLayer), B7Campaign(workers: 1));
        var two = Campaign.Run(new CaseRunner(ModelTraces.BlockLayer), B7Campaign(workers: 2));

        Assert.Equal(one.FailedAtCase, two.FailedAtCase);
        Assert.Equal(ScenarioJson.Write(one.Shrunk!.Case.Replayable), ScenarioJson.Write(two.Shrunk!.Case.Replayable));
        Assert.Equal(one.Shrunk.Verdict.Trace, two.Shrunk.Verdict.Trace);
    }
}
