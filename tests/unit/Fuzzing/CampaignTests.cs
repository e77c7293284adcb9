using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;
using GraphSpec.UnitTests.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Fuzzing;

/// <summary>A campaign is a function of its options: the worker count changes the speed, never the result.</summary>
public sealed class CampaignTests
{
    [Fact]
    public void One_and_two_workers_find_the_same_failure_and_shrink_it_to_the_same_trace()
    {
        CampaignResult Run(int workers) => Campaign.Run(new CaseRunner(ModelTraces.BlockLayer), new CampaignOptions
        {
            Profile = GenerationProfile.For(Mutant.B10),
            Mutants = MutantSet.None.With(Mutant.B10),
            Seed = 1,
            Cases = 500,
            Workers = workers,
        });

        var one = Run(1);
        var two = Run(2);
        Assert.False(one.Passed);
        Assert.Equal(one.FailedAtCase, two.FailedAtCase);
        Assert.Equal(one.Cases, two.Cases);
        Assert.Equal(one.Steps, two.Steps);
        Assert.Equal("invariant DrainedMeansIdle", one.Shrunk!.Verdict.Signature);
        Assert.Equal(one.Shrunk.Verdict.Trace, two.Shrunk!.Verdict.Trace);
    }

    [Fact]
    public void A_passing_campaign_counts_the_same_cases_and_steps_with_one_two_or_three_workers()
    {
        CampaignResult Run(int workers) => Campaign.Run(new CaseRunner(ModelTraces.BlockLayer), new CampaignOptions { Seed = 5, Cases = 300, Workers = workers });

        var results = new[] { Run(1), Run(2), Run(3) };
        Assert.All(results, r => Assert.True(r.Passed));
        Assert.All(results, r => Assert.Equal(300, r.Cases));
        Assert.Single(results.Select(r => r.Steps).Distinct());
    }

    [Fact]
    public void Case_seeds_fit_in_a_signed_64_bit_integer_and_differ_between_cases()
    {
        var seeds = Enumerable.Range(0, 1000).Select(i => Campaign.CaseSeed(42, i)).ToList();
        Assert.All(seeds, s => Assert.True(s <= long.MaxValue));
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
    }
}
