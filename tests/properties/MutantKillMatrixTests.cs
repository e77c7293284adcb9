using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using Xunit;

namespace GraphSpec.PropertyTests;

/// <summary>
/// The kill matrix: for every shared catalog mutant, the default campaign for that mutant (fixed
/// seed) finds a counterexample within a stated number of cases, and the counterexample breaks
/// the rule the catalog names (the same invariant the spec's <c>_rule</c> model violates, or a
/// deadlock). The shrunk counterexample must still break it.
/// </summary>
public class MutantKillMatrixTests
{
    // Signature of the first failure of the campaign with seed 1, from the catalog's rule for the bug.
    public static TheoryData<string, string, int> Matrix => new()
    {
        { "B2", "invariant NoLostWakeup", 50 },
        { "B3", "invariant AioWaitDepthOne", 50 },
        { "B4", "invariant InFlightAccounting", 50 },
        { "B7", "invariant NoLostWakeup", 50 },
        { "B8", "invariant AioWaitDepthOne", 50 },
        { "B10", "invariant DrainedMeansIdle", 500 },
        { "B11", "invariant NoPollUnderWrLock", 50 },
        { "B14", "invariant InFlightAccounting", 50 },
        { "B16", "invariant NoIoThroughReplacedEdge", 50 },
        { "H1", "invariant ReaderWriterExclusion", 200 },
        { "H2", "deadlock", 200 },
        { "H4", "invariant NoLostWakeup", 100 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void The_default_campaign_kills_the_mutant_with_the_catalogs_rule(string id, string signature, int withinCases)
    {
        var mutant = MutantSet.Parse(id)!.Value;
        var options = new CampaignOptions
        {
            Profile = GenerationProfile.For(mutant),
            Mutants = GenerationProfile.Switches(mutant),
            Seed = 1,
            Cases = withinCases,
        };
        var result = Campaign.Run(ScenarioArbitrary.Runner, options);
        Assert.False(result.Passed, $"{id}: no counterexample in {withinCases} cases");
        Assert.Equal(signature, result.Failure!.Signature);
        Assert.Equal(signature, result.Shrunk!.Verdict.Signature);
        Assert.True(result.Shrunk.Verdict.Run.Steps <= result.Failure.Run.Steps);
    }

    [Fact]
    public void The_unmutated_implementation_passes_the_same_campaigns()
    {
        foreach (var mutant in MutantSet.All)
        {
            var options = new CampaignOptions { Profile = GenerationProfile.For(mutant), Seed = 1, Cases = 40 };
            var result = Campaign.Run(ScenarioArbitrary.Runner, options);
            Assert.True(result.Passed, $"{mutant} profile: {result.Failure?.Signature}");
        }
    }
}
